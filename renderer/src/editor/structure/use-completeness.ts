import { useCallback } from 'react';
import { checkCompleteness, type CompletenessReport } from '../../domain/act/completeness';
import type { ActTemplate } from '../../domain/act/template';
import type { ActEditorController } from '../core/act-editor-controller';
import { useSettledDocValue } from '../core/use-editor';

/**
 * The completeness of the act in the editor, re-checked after a pause in typing (or each second of continuous
 * typing), never per keystroke; null until the editor is ready. Unchanged parts are not scanned again
 * (domain/act/completeness.ts), so a check after an edit reads only the edited paragraphs.
 */
export function useCompleteness(
  controller: ActEditorController | null,
  template: ActTemplate,
): CompletenessReport | null {
  const check = useCallback(
    (doc: Parameters<typeof checkCompleteness>[0]) => checkCompleteness(doc, template),
    [template],
  );
  return useSettledDocValue<CompletenessReport | null>(controller, check, null);
}
