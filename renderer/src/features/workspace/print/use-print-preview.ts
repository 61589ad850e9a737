import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useCallback, useState, type RefObject } from 'react';
import { useWindowShortcuts } from '../../../ui/use-window-shortcuts';

export interface PrintPreviewState {
  /** The act as it was when the preview opened; null while the preview is closed. */
  doc: ProseMirrorNode | null;
  show: () => void;
  /** Closes the preview (the dialog gives the focus back to where it was when the preview opened). */
  close: () => void;
}

/**
 * The print preview of the newest act (`latestDoc`, kept by the workspace as it changes). Ctrl+P anywhere in the
 * workspace opens it instead of the browser's print dialog (which would print the app's screen, not the act); in
 * the preview, Ctrl+P prints.
 */
export function usePrintPreview(latestDoc: RefObject<ProseMirrorNode>): PrintPreviewState {
  const [doc, setDoc] = useState<ProseMirrorNode | null>(null);
  const show = useCallback(() => setDoc(latestDoc.current), [latestDoc]);
  const close = useCallback(() => setDoc(null), []);

  useWindowShortcuts({
    printPreview: () => {
      if (doc) window.print();
      // Over another dialog (the name asked before an export, the version history) Ctrl+P does nothing: the
      // browser's print would print the screen, not the act. The key goes to the focused element.
      else if (!document.activeElement?.closest('dialog')) show();
    },
  });

  return { doc, show, close };
}
