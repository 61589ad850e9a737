import type { ContentLanguage } from '../../domain/language';
import type { ActTemplate } from '../../domain/act/template';
import { currentPartIndex, type ActEditorController } from '../../editor/act-editor-controller';
import { useEditorSelector } from '../../editor/use-editor';
import { useI18n } from '../../i18n/I18nProvider';

interface OutlineProps {
  controller: ActEditorController | null;
  template: ActTemplate;
  language: ContentLanguage;
  wordCounts: number[];
}

/** The act's parts: click to jump, the part holding the cursor highlighted, words per part. */
export function Outline({ controller, template, language, wordCounts }: OutlineProps) {
  const { t } = useI18n();
  const current = useEditorSelector(controller, currentPartIndex, -1);
  return (
    <nav className="outline" aria-label={t('workspace.outline')}>
      <ol className="outline__list">
        {template.parts.map((part, index) => (
          <li key={part.id}>
            <button
              type="button"
              className={`outline__item${index === current ? ' outline__item--current' : ''}`}
              aria-current={index === current ? 'location' : undefined}
              onClick={() => controller?.focusPart(index)}
            >
              <span className="outline__heading">{part.heading[language]}</span>
              <span className="outline__words">{t('words', { count: wordCounts[index] ?? 0 })}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
