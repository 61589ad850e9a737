import { useActEditor } from '../../../editor/core/act-editor-context';
import { reasoningNumbered, toggleNumberedReasoning } from '../../../editor/numbering/numbering-commands';
import { useEditorSelector } from '../../../editor/core/use-editor';
import { useI18n } from '../../../i18n/I18nProvider';
import { IconButton } from '../../../ui/IconButton';

/** What the button shows, the same in every language. */
const NUMBERING_TEXT = '§1.';

/** The toolbar button that numbers the paragraphs of the reasoning part (1., 2., …) or stops numbering them. */
export function NumberingToggle() {
  const { t } = useI18n();
  const controller = useActEditor();
  const numbered = useEditorSelector(controller, reasoningNumbered, false);
  return (
    <IconButton
      className="toolbar__button toolbar__button--numbering"
      label={t('numbering.toggle')}
      aria-pressed={numbered}
      disabled={!controller}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => controller?.run(toggleNumberedReasoning)}
    >
      {NUMBERING_TEXT}
    </IconButton>
  );
}
