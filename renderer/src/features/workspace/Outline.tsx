import type { ContentLanguage } from '../../domain/language';
import type { ActTemplate } from '../../domain/act/template';
import { currentPartIndex, type ActEditorController } from '../../editor/act-editor-controller';
import { useCompleteness } from '../../editor/use-completeness';
import { useEditorSelector } from '../../editor/use-editor';
import { useI18n } from '../../i18n/I18nProvider';
import { CompletenessList } from './CompletenessList';

interface OutlineProps {
  controller: ActEditorController | null;
  template: ActTemplate;
  language: ContentLanguage;
  wordCounts: number[];
}

/**
 * The act's parts: click to jump, the part holding the cursor highlighted, words per part, and under each part its
 * checklist of requisites (brought up to date after a pause in typing).
 */
export function Outline({ controller, template, language, wordCounts }: OutlineProps) {
  const { t } = useI18n();
  const current = useEditorSelector(controller, currentPartIndex, -1);
  const completeness = useCompleteness(controller, template);
  return (
    <nav className="outline" aria-label={t('workspace.outline')}>
      <ol className="outline__list">
        {template.parts.map((part, index) => {
          const result = completeness?.parts.find((candidate) => candidate.part === part);
          return (
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
              {result && (
                <CompletenessList
                  result={result}
                  language={language}
                  onGoTo={(position) => controller?.focusPosition(position)}
                />
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
