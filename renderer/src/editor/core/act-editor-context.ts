import { createContext, useContext } from 'react';
import type { ActEditorController } from './act-editor-controller';

/**
 * The editor of the act on screen, for the toolbar, find bar, outline and other panels beside it: provided once by
 * the screen that mounts the editor (or by a read-only act view for what it holds), rather than passed through
 * every component between. The value changes only when an editor is mounted or unmounted, so reading it
 * re-renders nothing per keystroke; components subscribe to the editor's state with useEditorSelector.
 */
export const ActEditorContext = createContext<ActEditorController | null>(null);

/** The nearest editor of an act, or null while none is mounted. */
export function useActEditor(): ActEditorController | null {
  return useContext(ActEditorContext);
}
