import './Outline.css';
import { useEffect, useRef } from 'react';
import type { ContentLanguage } from '../../domain/language';
import type { ActTemplate } from '../../domain/act/template';
import { currentPartIndex } from '../../editor/core/act-editor-controller';
import { useActEditor } from '../../editor/core/act-editor-context';
import { useCompleteness } from '../../editor/structure/use-completeness';
import { useEditorSelector } from '../../editor/core/use-editor';
import { useI18n } from '../../i18n/I18nProvider';
import { CompletenessList } from './CompletenessList';

interface OutlineProps {
  template: ActTemplate;
  language: ContentLanguage;
  wordCounts: number[];
}

/** Room left above and below the current part when the outline scrolls to it, in CSS pixels. */
const SCROLL_MARGIN = 8;

/**
 * The act's parts: click to jump, the part holding the cursor highlighted, words per part, and under each part its
 * checklist of requisites (brought up to date after a pause in typing), open for the part holding the cursor.
 */
export function Outline({ template, language, wordCounts }: OutlineProps) {
  const { t } = useI18n();
  const controller = useActEditor();
  const current = useEditorSelector(controller, currentPartIndex, -1);
  const completeness = useCompleteness(controller, template);
  const outline = useRef<HTMLElement>(null);

  // The highlight follows the cursor: keep it, and as much of its open checklist as fits, in sight.
  useEffect(() => {
    const box = outline.current;
    const entry = box?.querySelector('[aria-current="location"]')?.parentElement;
    if (!box || !entry) return;
    const view = box.getBoundingClientRect();
    const { top, bottom } = entry.getBoundingClientRect();
    const above = top - view.top - SCROLL_MARGIN;
    const below = bottom - view.bottom + SCROLL_MARGIN;
    if (above < 0) box.scrollTop += above;
    else if (below > 0) box.scrollTop += Math.min(below, above);
  }, [current]);

  return (
    <nav ref={outline} className="outline" aria-label={t('outline.title')}>
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
                  current={index === current}
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
