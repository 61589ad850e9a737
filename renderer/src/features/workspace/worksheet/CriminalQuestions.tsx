import { memo, useId } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import { formatArticleReference } from '../../../domain/text/article-reference';
import {
  CRIMINAL_QUESTIONS,
  CRIMINAL_QUESTIONS_REFERENCE,
  CRIMINAL_QUESTIONS_WORDING,
  type CriminalQuestionId,
} from '../../../domain/worksheet/criminal-questions';
import { WORKSHEET_LIMITS } from '../../../domain/worksheet/worksheet';
import { useI18n } from '../../../i18n/I18nProvider';
import { WorksheetTextArea } from './WorksheetTextArea';

interface CriminalQuestionsProps {
  answers: Partial<Record<CriminalQuestionId, string>>;
  setAnswer: (id: CriminalQuestionId, answer: string) => void;
  language: ContentLanguage;
}

/**
 * The questions of УПК art. 390, each with its answer, worded in the case's language. The wording is our
 * reconstruction, and says so: the trainee is told to check it against the official text.
 */
export const CriminalQuestions = memo(function CriminalQuestions({
  answers,
  setAnswer,
  language,
}: CriminalQuestionsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const reference = CRIMINAL_QUESTIONS_REFERENCE;
  const cited = formatArticleReference(
    { code: reference.code[language], article: reference.article, text: '' },
    language,
  );
  return (
    <section className="worksheet-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="worksheet-section__title">
        {t('worksheet.criminalQuestions')} (<span lang={language}>{cited}</span>)
      </h2>
      <p className="worksheet-section__hint worksheet-section__hint--unverified">
        {CRIMINAL_QUESTIONS_WORDING[language] === 'unverified'
          ? t('worksheet.wordingUnverified')
          : t('worksheet.wordingPartial')}
      </p>
      <ol className="worksheet-questions">
        {CRIMINAL_QUESTIONS.map((question) => (
          <li key={question.id} className="worksheet-questions__item" data-question={question.id}>
            <WorksheetTextArea
              label={question.question[language]}
              labelInCaseLanguage
              value={answers[question.id] ?? ''}
              onChange={(answer) => setAnswer(question.id, answer)}
              maxLength={WORKSHEET_LIMITS.note}
              language={language}
            />
          </li>
        ))}
      </ol>
    </section>
  );
});
