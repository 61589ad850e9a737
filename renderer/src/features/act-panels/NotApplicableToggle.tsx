import { useCallback } from 'react';
import type { EditorState } from 'prosemirror-state';
import { useActEditor } from '../../editor/core/act-editor-context';
import { useEditorSelector } from '../../editor/core/use-editor';
import { markedNotApplicable, toggleNotApplicable } from '../../editor/structure/not-applicable';
import { useI18n } from '../../i18n/I18nProvider';

interface NotApplicableToggleProps {
  partId: string;
  requisiteId: string;
  /** The requisite's label, in the act's language: each box's name says which requisite it is for. */
  requisite: string;
}

/**
 * "Not applicable to this case" under a requisite the law asks for only in some cases: a checkbox, so its state is
 * read out and Space sets or clears it. It follows the document at once (the checklist row catches up after the
 * pause the checker waits for); only where the act can be edited.
 */
export function NotApplicableToggle({ partId, requisiteId, requisite }: NotApplicableToggleProps) {
  const { t } = useI18n();
  const controller = useActEditor();
  const isMarked = useCallback(
    (state: EditorState) => markedNotApplicable(state, partId, requisiteId),
    [partId, requisiteId],
  );
  const marked = useEditorSelector(controller, isMarked, false);
  if (!controller?.view.editable) return null;
  return (
    <label className="completeness__not-applicable">
      <input
        type="checkbox"
        checked={marked}
        aria-label={t('completeness.markNotApplicableFor', { requisite })}
        onChange={() => controller.runBeside(toggleNotApplicable(partId, requisiteId))}
      />
      {t('completeness.markNotApplicable')}
    </label>
  );
}
