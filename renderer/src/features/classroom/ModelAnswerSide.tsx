import { useId, useMemo } from 'react';
import type { ActPartTemplate, ActTemplate } from '../../domain/act/template';
import type { ContentLanguage } from '../../domain/language';
import { alignModelAnswer } from '../../domain/review/model-answer-parts';
import { useI18n } from '../../i18n/I18nProvider';
import { purifyRichText } from '../case-file/documents/rich-text-html';

interface ModelAnswerSideProps {
  /** The trainer key's model answer (sanitised at import); undefined when the review has no key. */
  modelAnswer: string | undefined;
  template: ActTemplate;
  part: ActPartTemplate;
  language: ContentLanguage;
}

/**
 * The other side of the stage: the model answer's section for the part shown (alignModelAnswer splits the key at its
 * part headings), sanitised again before it reaches the page, as the marking screen does.
 */
export function ModelAnswerSide({ modelAnswer, template, part, language }: ModelAnswerSideProps) {
  const { t } = useI18n();
  const headingId = useId();
  const sections = useMemo(
    () => (modelAnswer === undefined ? [] : alignModelAnswer(modelAnswer, template)),
    [modelAnswer, template],
  );
  const matching = sections.filter((section) => section.partId === part.id);
  return (
    <section className="classroom__side classroom__model" aria-labelledby={headingId}>
      <h2 id={headingId} className="classroom__side-title">
        {t('classroom.modelAnswer')}
      </h2>
      {modelAnswer === undefined ? (
        <p>{t('classroom.noKey')}</p>
      ) : matching.length === 0 ? (
        <p>{t('classroom.noModelPart', { part: part.heading[language] })}</p>
      ) : (
        <div className="classroom__model-text" lang={language}>
          {matching.map((section, index) => (
            <section key={index} data-model-part={part.id}>
              <h3 className="classroom__model-heading">{section.heading}</h3>
              <div className="rich-text" dangerouslySetInnerHTML={{ __html: purifyRichText(section.html) }} />
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
