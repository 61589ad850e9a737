import { useCallback, useEffect, useRef, useState } from 'react';
import { shortcutHandler } from '../../../ui/shortcut-handler';

export interface PrintPreviewState {
  open: boolean;
  show: () => void;
  /** Closes the preview and gives the focus back to where it was when the preview opened. */
  close: () => void;
}

/**
 * Whether the print preview is open. Ctrl+P anywhere in the workspace opens it instead of the browser's print
 * dialog (which would print the app's screen, not the act); in the preview, Ctrl+P prints.
 */
export function usePrintPreview(): PrintPreviewState {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (open || !opener.current) return;
    if (opener.current.isConnected) opener.current.focus();
    opener.current = null;
  }, [open]);

  useEffect(() => {
    let inOtherDialog = false;
    const handle = shortcutHandler({
      printPreview: () => {
        if (open) window.print();
        // Over another dialog (the name asked before an export, the version history) Ctrl+P does nothing: the
        // browser's print would print the screen, not the act.
        else if (!inOtherDialog) show();
      },
    });
    const onKeyDown = (event: KeyboardEvent) => {
      const dialog = event.target instanceof Element ? event.target.closest('dialog') : null;
      inOtherDialog = dialog !== null && !dialog.classList.contains('print-preview');
      handle(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, show]);

  return { open, show, close };
}
