import { useEffect, useRef } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CommentBankRecord } from '../../../storage/records';

interface BankResultsProps {
  id: string;
  optionId: (entry: CommentBankRecord) => string;
  results: readonly CommentBankRecord[];
  /** The option ↑/↓ moved to, which Enter in the search field inserts. */
  activeId: string | undefined;
  loading: boolean;
  query: string;
  language: ContentLanguage;
  /** The criterion the bank was opened for, whose comments are marked as such. */
  criterionId: string;
  criterionTitle: (criterionId: string) => string;
  uses: ReadonlyMap<string, number> | undefined;
  onChoose: (entry: CommentBankRecord) => void;
}

/**
 * The bank's comments that match the search, as the options of the search field's list: the focus stays in the
 * field (its active option is `aria-activedescendant`), so typing goes on while ↑/↓ move.
 */
export function BankResults({
  id,
  optionId,
  results,
  activeId,
  loading,
  query,
  language,
  criterionId,
  criterionTitle,
  uses,
  onChoose,
}: BankResultsProps) {
  const { t } = useI18n();
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (activeId === undefined) return;
    // scrollIntoView is missing where there is no layout (jsdom).
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  return (
    <>
      <ul
        className="comment-bank__results"
        id={id}
        role="listbox"
        aria-label={t('rubric.bank.results')}
        ref={list}
      >
        {results.map((entry) => (
          <li
            key={entry.id}
            id={optionId(entry)}
            role="option"
            aria-selected={entry.id === activeId}
            className="comment-bank__option"
            // The focus stays in the search field, which a click would take it from.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(entry)}
          >
            <span className="comment-bank__text" lang={language}>
              {entry.text}
            </span>
            <span className="comment-bank__meta">
              <span
                className={entry.criterionId === criterionId ? 'comment-bank__criterion--current' : undefined}
              >
                {criterionTitle(entry.criterionId)}
              </span>
              {' · '}
              {t('rubric.bank.uses', { count: uses?.get(entry.id) ?? 0 })}
            </span>
          </li>
        ))}
      </ul>
      {!loading && results.length === 0 && (
        <p className="comment-bank__empty" role="status">
          {query === '' ? t('rubric.bank.empty') : t('rubric.bank.noMatch', { query })}
        </p>
      )}
    </>
  );
}
