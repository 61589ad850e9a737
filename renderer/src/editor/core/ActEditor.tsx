import { useEffect, useRef } from 'react';
import { ActEditorController, type ActEditorOptions } from './act-editor-controller';

interface ActEditorProps {
  /** Read once, when the editor mounts: later changes to the options do not recreate the editor. */
  options: ActEditorOptions;
  onReady: (controller: ActEditorController | null) => void;
}

/** Mounts the ProseMirror view. React never re-renders its content: ProseMirror owns that DOM. */
export function ActEditor({ options, onReady }: ActEditorProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const optionsRef = useRef(options);
  const onReadyRef = useRef(onReady);

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const controller = new ActEditorController(mount, optionsRef.current);
    const notify = onReadyRef.current;
    notify(controller);
    return () => {
      notify(null);
      controller.destroy();
    };
  }, []);

  return <div className="act-editor-mount" ref={mountRef} />;
}
