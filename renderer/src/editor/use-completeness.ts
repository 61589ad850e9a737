import { useEffect, useState } from 'react';
import { checkCompleteness, type CompletenessReport } from '../domain/act/completeness';
import type { ActTemplate } from '../domain/act/template';
import type { ActEditorController } from './act-editor-controller';

/** How long typing must pause before the checklist is brought up to date, and the longest it lags. */
const CHECK_DELAY_MS = 300;
const CHECK_MAX_WAIT_MS = 1000;

/**
 * The completeness of the act in the editor, re-checked after a pause in typing (or each second of continuous
 * typing), never per keystroke; null until the editor is ready. Unchanged parts are not scanned again
 * (domain/act/completeness.ts), so a check after an edit reads only the edited paragraphs.
 */
export function useCompleteness(
  controller: ActEditorController | null,
  template: ActTemplate,
): CompletenessReport | null {
  const [report, setReport] = useState<CompletenessReport | null>(null);
  useEffect(() => {
    if (!controller) return;
    let checked: typeof controller.doc | null = null;
    let checkedAt = 0;
    const update = () => {
      checked = controller.doc;
      checkedAt = Date.now();
      setReport(checkCompleteness(checked, template));
    };
    let timer = setTimeout(update, 0);
    const unsubscribe = controller.subscribe(() => {
      if (controller.doc === checked) return;
      clearTimeout(timer);
      const overdue = Date.now() - checkedAt >= CHECK_MAX_WAIT_MS;
      timer = setTimeout(update, overdue ? 0 : CHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [controller, template]);
  return report;
}
