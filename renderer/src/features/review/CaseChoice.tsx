import { useId } from 'react';
import type { SubmissionCaseRef } from '../../domain/review/case-refs';
import { useI18n } from '../../i18n/I18nProvider';
import type { NamedCaseChoice } from '../../storage/review-case';

/**
 * Asks which case to review when the chosen files name several (or several versions of a pack): each with how many
 * files name it. The files of the cases not chosen are then refused in the import report, one by one.
 */
export function CaseChoice({
  cases,
  onChoose,
  onCancel,
}: {
  cases: readonly NamedCaseChoice[];
  onChoose: (ref: SubmissionCaseRef) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="case-choice" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="case-choice__title">
        {t('trainer.caseChoiceTitle')}
      </h4>
      <p className="start-review__hint">{t('trainer.caseChoiceHint')}</p>
      <ul className="case-choice__list">
        {cases.map(({ ref, count, caseTitle, caseLanguage, packTitle }) => (
          <li key={`${ref.packId}/${ref.caseId}@${ref.packVersion}`}>
            <button type="button" className="button case-choice__case" onClick={() => onChoose(ref)}>
              <span lang={caseTitle ? caseLanguage : undefined}>{caseTitle ?? ref.caseId}</span>{' '}
              <span className="case-choice__meta">
                {t('trainer.caseChoiceMeta', {
                  pack: packTitle ?? ref.packId,
                  version: ref.packVersion,
                  count,
                })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onCancel}>
        {t('trainer.caseChoiceCancel')}
      </button>
    </section>
  );
}
