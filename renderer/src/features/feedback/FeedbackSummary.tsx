import type { FeedbackFile } from '../../domain/feedback/feedback-v2';
import type { Signer } from '../../domain/keys/signed-digest';
import { shortDateTimeFormat } from '../../i18n/format-date';
import { formatPoints } from '../../i18n/format-points';
import { useI18n } from '../../i18n/I18nProvider';
import { SignerLine } from '../../ui/SignerLine';

/**
 * What the trainer gave: for whom, who marked and when, who signed the file (or that nobody did), the total, the score of each criterion with its comments (the
 * trainer's own words, then the bank's), and the overall comment. Comments are in the case's language.
 */
export function FeedbackSummary({
  feedback,
  participantName,
  signedBy,
}: {
  feedback: FeedbackFile;
  /** Who signed the file, the signature checked; undefined for an unsigned one. */
  signedBy: Signer | undefined;
  /** Whom the feedback is for: the name in the submission inside, so a file for someone else is seen as such. */
  participantName: string;
}) {
  const { t, locale } = useI18n();
  const points = (value: number) => formatPoints(locale, value);
  const marks = new Map(feedback.criteria.map((mark) => [mark.criterionId, mark]));
  return (
    <div className="feedback-summary">
      <p className="feedback-summary__for">{t('feedback.for', { name: participantName })}</p>
      <p className="feedback-summary__by">
        {t('feedback.markedBy', {
          trainer: feedback.trainerName,
          date: shortDateTimeFormat(locale).format(new Date(feedback.createdAt)),
        })}
      </p>
      <SignerLine className="feedback-summary__signer" signer={signedBy} />
      <p className="feedback-summary__total">
        {t('feedback.total', { points: points(feedback.total), max: points(feedback.maxTotal) })}
      </p>
      <h2 className="feedback-summary__heading">{t('feedback.criteria')}</h2>
      <ol className="feedback-criteria">
        {feedback.rubric.map((criterion) => {
          const mark = marks.get(criterion.id);
          return (
            <li key={criterion.id} className="feedback-criteria__item" data-criterion={criterion.id}>
              <h3 className="feedback-criteria__title">
                <span lang={feedback.language}>{criterion.title}</span>
                <span className="feedback-criteria__points">
                  {mark?.points === undefined
                    ? t('feedback.notScored')
                    : t('feedback.criterionPoints', {
                        points: points(mark.points),
                        max: points(criterion.maxPoints),
                      })}
                </span>
              </h3>
              {mark?.comment && (
                <p className="feedback-criteria__comment" lang={feedback.language}>
                  {mark.comment}
                </p>
              )}
              {mark && mark.bankComments.length > 0 && (
                <ul className="feedback-criteria__bank" aria-label={t('feedback.fromBank')}>
                  {mark.bankComments.map((text, index) => (
                    <li key={index} lang={feedback.language}>
                      {text}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {feedback.overallComment && (
        <>
          <h2 className="feedback-summary__heading">{t('feedback.overall')}</h2>
          <p className="feedback-summary__overall" lang={feedback.language}>
            {feedback.overallComment}
          </p>
        </>
      )}
    </div>
  );
}
