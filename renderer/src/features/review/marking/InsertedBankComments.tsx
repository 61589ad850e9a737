import { useId } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CommentBankRecord } from '../../../storage/records';

interface InsertedBankCommentsProps {
  ids: readonly string[];
  /** The pack's bank by id; `undefined` while it loads. */
  bank: ReadonlyMap<string, CommentBankRecord> | undefined;
  language: ContentLanguage;
  /** Names the list: the criterion's title. */
  criterionTitle: string;
  onRemove: (bankId: string) => void;
}

/**
 * The bank comments inserted into a criterion, each with the bank's current text: the marks keep only the
 * reference, so an edit of the bank shows here at once.
 */
export function InsertedBankComments({
  ids,
  bank,
  language,
  criterionTitle,
  onRemove,
}: InsertedBankCommentsProps) {
  const { t } = useI18n();
  const id = useId();
  if (ids.length === 0) return null;
  return (
    <ul
      className="rubric-bank-comments"
      aria-label={t('rubric.bankComments.label', { criterion: criterionTitle })}
    >
      {ids.map((bankId, index) => {
        const entry = bank?.get(bankId);
        return (
          <li key={bankId} className="rubric-bank-comments__item">
            {entry ? (
              <span className="rubric-bank-comments__text" id={`${id}-${index}`} lang={language}>
                {entry.text}
              </span>
            ) : (
              <span className="rubric-bank-comments__missing" id={`${id}-${index}`}>
                {t(bank ? 'rubric.bankComments.missing' : 'rubric.bankComments.loading')}
              </span>
            )}
            <button
              type="button"
              className="button button--small"
              aria-describedby={`${id}-${index}`}
              onClick={() => onRemove(bankId)}
            >
              {t('rubric.bankComments.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
