import './SearchBar.css';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { IconButton } from '../../../ui/IconButton';

export const SEARCH_RESULTS_ID = 'reader-results';

interface SearchBarProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** How many matches there are, and which one is shown (-1: none yet). */
  total: number;
  position: number;
  onStep: (direction: 1 | -1) => void;
  resultsShown: boolean;
  onToggleResults: () => void;
}

/**
 * The search field of the case file. Enter goes to the next match and Shift+Enter to the previous one, Escape
 * clears the search; the buttons beside it do the same, and show or hide the list of results.
 */
export function SearchBar({
  query,
  onQueryChange,
  total,
  position,
  onStep,
  resultsShown,
  onToggleResults,
}: SearchBarProps) {
  const { t } = useI18n();
  // The list of results exists only while it is shown: an aria-controls naming a missing element is invalid.
  const resultsId = query !== '' && resultsShown ? SEARCH_RESULTS_ID : undefined;

  function key(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (total > 0) onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      onQueryChange('');
    }
  }

  return (
    <div className="reader-search" role="search">
      <input
        type="search"
        className="reader-search__input"
        value={query}
        placeholder={t('reader.searchPlaceholder')}
        aria-label={t('reader.search')}
        aria-controls={resultsId}
        spellCheck={false}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={key}
      />
      {total > 0 && (
        <>
          <span className="reader-search__position">
            {position >= 0
              ? t('reader.matchPosition', { current: position + 1, total })
              : t('reader.matchCount', { count: total })}
          </span>
          <IconButton
            className="step-button reader-search__step"
            onClick={() => onStep(-1)}
            label={t('reader.previousMatch')}
          >
            ↑
          </IconButton>
          <IconButton
            className="step-button reader-search__step"
            onClick={() => onStep(1)}
            label={t('reader.nextMatch')}
          >
            ↓
          </IconButton>
        </>
      )}
      {query !== '' && (
        <button
          type="button"
          className="button button--small"
          aria-expanded={resultsShown}
          aria-controls={resultsId}
          onClick={onToggleResults}
        >
          {resultsShown ? t('reader.hideResults') : t('reader.showResults')}
        </button>
      )}
    </div>
  );
}
