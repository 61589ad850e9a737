import { useCallback, useState } from 'react';
import { useWindowShortcuts } from '../../../ui/use-window-shortcuts';

export interface PrintPreviewState {
  open: boolean;
  show: () => void;
  /** Closes the preview (the dialog gives the focus back to where it was when the preview opened). */
  close: () => void;
}

/**
 * Whether the print preview is open. Ctrl+P anywhere in the workspace opens it instead of the browser's print
 * dialog (which would print the app's screen, not the act); in the preview, Ctrl+P prints.
 */
export function usePrintPreview(): PrintPreviewState {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);

  useWindowShortcuts({
    printPreview: () => {
      if (open) window.print();
      // Over another dialog (the name asked before an export, the version history) Ctrl+P does nothing: the
      // browser's print would print the screen, not the act. The key goes to the focused element.
      else if (!document.activeElement?.closest('dialog')) show();
    },
  });

  return { open, show, close };
}
