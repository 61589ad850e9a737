import { useCallback, useEffect, useState } from 'react';
import type { ActEditorController } from '../../../editor/core/act-editor-controller';
import { outsideDialogs, useWindowShortcuts } from '../../../ui/use-window-shortcuts';

export interface FocusMode {
  on: boolean;
  /** Whether the trainee has switched it at least once (there is something to announce). */
  switched: boolean;
  toggle: () => void;
}

/**
 * Focus mode: only the act's page, centred, with the formatting toolbar and the status bar (save errors must stay
 * visible); the case file, the outline and the header are hidden (the `workspace--focus` class, ViewButtons.css).
 * Ctrl+Shift+F switches it, Escape leaves it. It is not remembered: a case always opens with its file in view, so
 * nobody comes back to a case and wonders where the materials went.
 */
export function useFocusMode(controller: ActEditorController | null): FocusMode {
  const [mode, setMode] = useState({ on: false, switched: false });
  const toggle = useCallback(() => setMode((mode) => ({ on: !mode.on, switched: true })), []);

  // Switched on from a pane that is now hidden, the focus would be lost: it goes to the text.
  useEffect(() => {
    if (mode.on && !document.activeElement?.closest('.editor-pane')) controller?.view.focus();
  }, [mode.on, controller]);

  useWindowShortcuts(
    { focusMode: toggle },
    {
      within: outsideDialogs,
      onOtherKey: (event) => {
        if (!mode.on || event.key !== 'Escape') return;
        // In the text, Escape has already done its own job (taking the focus out of the text): here it leaves focus
        // mode instead, and the trainee keeps typing. Elsewhere, Escape leaves focus mode unless something used it.
        const inText = event.target instanceof Element && Boolean(event.target.closest('.act-editor'));
        if (!inText && event.defaultPrevented) return;
        event.preventDefault();
        toggle();
        if (inText) controller?.view.focus();
      },
    },
  );

  return { ...mode, toggle };
}
