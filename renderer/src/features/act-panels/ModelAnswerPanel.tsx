import './ModelAnswerPanel.css';
import { useEffect, useMemo, useRef } from 'react';
import type { ActTemplate } from '../../domain/act/template';
import type { ContentLanguage } from '../../domain/language';
import { alignModelAnswer } from '../../domain/review/model-answer-parts';
import { useI18n } from '../../i18n/I18nProvider';
import { purifyRichText } from '../case-file/documents/rich-text-html';

interface ModelAnswerPanelProps {
  /** The trainer key's model answer (HTML sanitised at import), or undefined when the review has no key. */
  modelAnswer: string | undefined;
  template: ActTemplate;
  language: ContentLanguage;
  /** The id of the act's part being read. */
  readingPartId: string | undefined;
}

/**
 * The model answer beside the act, part by part: the key is split at its headings (alignModelAnswer), and the
 * section matching the part of the act being read is marked and brought to the top as the reader moves through
 * the act. The rest stays readable above and below it. Sanitised again before it reaches the page, as the case
 * materials are.
 */
export function ModelAnswerPanel({ modelAnswer, template, language, readingPartId }: ModelAnswerPanelProps) {
  const { t } = useI18n();
  const panel = useRef<HTMLDivElement>(null);
  const parts = useMemo(
    () =>
      modelAnswer === undefined
        ? []
        : alignModelAnswer(modelAnswer, template).map((part) => ({
            ...part,
            html: purifyRichText(part.html),
          })),
    [modelAnswer, template],
  );
  const matched = parts.find((part) => part.partId !== null && part.partId === readingPartId);

  useEffect(() => {
    if (!matched) return;
    const section = panel.current?.querySelector<HTMLElement>(
      `[data-model-part="${CSS.escape(matched.partId ?? '')}"]`,
    );
    // The box the panel scrolls in: the marking screen's side panel, the feedback screen's column.
    const box = panel.current?.parentElement;
    if (section && box) box.scrollTo({ top: section.offsetTop - box.offsetTop, behavior: 'smooth' });
  }, [matched]);

  if (modelAnswer === undefined) {
    return (
      <div className="model-answer model-answer--none">
        <p>{t('marking.noKey')}</p>
      </div>
    );
  }

  const heading =
    readingPartId && template.parts.find((part) => part.id === readingPartId)?.heading[language];
  return (
    <div className="model-answer" ref={panel}>
      <p className="model-answer__follow" role="status">
        {matched
          ? t('marking.modelFollows', { part: heading ?? '' })
          : heading
            ? t('marking.modelNoPart', { part: heading })
            : t('marking.modelWhole')}
      </p>
      {parts.map((part, index) => (
        <section
          key={`${part.partId ?? 'none'}-${index}`}
          className={`model-answer__part${part === matched ? ' model-answer__part--current' : ''}`}
          data-model-part={part.partId ?? undefined}
          aria-current={part === matched ? 'true' : undefined}
          lang={language}
        >
          {part.heading && <h3 className="model-answer__heading">{part.heading}</h3>}
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: part.html }} />
        </section>
      ))}
    </div>
  );
}
