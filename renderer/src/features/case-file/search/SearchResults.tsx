import { useState } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CaseDocument } from '../case-documents';
import { documentTitle, titleInCaseLanguage } from '../document-title';
import { SEARCH_RESULTS_ID } from './SearchBar';
import type { SearchHit } from '../../../domain/text/search-text';
import { MIN_QUERY_LENGTH, sameHit } from '../../../domain/text/search-text';
import type { MaterialsSearch } from './use-materials-search';

/** Matches listed per document before “Show all”; a document with hundreds of matches stays readable. */
const FIRST_HITS = 3;
/** Even “Show all” lists no more than this; the arrows beside the search field reach the rest. */
const MOST_HITS = 200;

interface SearchResultsProps {
  search: MaterialsSearch;
  documents: readonly CaseDocument[];
  language: ContentLanguage;
  current: SearchHit | null;
  onJump: (hit: SearchHit) => void;
}

/** The results of a search: per document its title, how many matches, and each match in a line of context. */
export function SearchResults({ search, documents, language, current, onJump }: SearchResultsProps) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const byId = new Map(documents.map((document) => [document.id, document]));

  const summary = !search.pattern
    ? t('reader.searchTooShort', { min: MIN_QUERY_LENGTH })
    : search.hits.length === 0
      ? search.pendingPdfs > 0
        ? t('reader.searchingPdfs')
        : t('reader.noMatches')
      : t('reader.matchSummary', { count: search.hits.length, documents: search.results.length });

  return (
    <section id={SEARCH_RESULTS_ID} className="reader-results" aria-label={t('reader.results')}>
      <p className="reader-results__summary" role="status">
        {summary}
      </p>
      {search.hits.length > 0 && search.pendingPdfs > 0 && (
        <p className="reader-results__note">{t('reader.searchingPdfs')}</p>
      )}
      {search.textlessPdfs > 0 && (
        <p className="reader-results__note">{t('reader.textlessPdfs', { count: search.textlessPdfs })}</p>
      )}
      <ol className="reader-results__documents">
        {search.results.map((result) => {
          const document = byId.get(result.documentId);
          if (!document) return null;
          const all = expanded.has(result.documentId);
          const shown = result.hits.slice(0, all ? MOST_HITS : FIRST_HITS);
          return (
            <li key={result.documentId} className="reader-results__document">
              <div className="reader-results__heading">
                <span
                  className="reader-results__title"
                  lang={titleInCaseLanguage(document) ? language : undefined}
                >
                  {documentTitle(document, t)}
                </span>
                <span className="reader-results__count">
                  {t('reader.matchCount', { count: result.hits.length })}
                </span>
              </div>
              <ul className="reader-results__hits">
                {shown.map((hit) => (
                  <li key={`${hit.segment}:${hit.index}`}>
                    <button
                      type="button"
                      className="reader-results__hit"
                      aria-current={sameHit(hit, current) ? 'true' : undefined}
                      onClick={() => onJump(hit)}
                    >
                      {document.kind === 'pdf' && (
                        <span className="reader-results__page">
                          {t('reader.onPage', { page: hit.segment + 1 })}
                        </span>
                      )}
                      <span lang={language}>
                        {hit.snippet.before}
                        <mark>{hit.snippet.match}</mark>
                        {hit.snippet.after}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              {result.hits.length > FIRST_HITS && !all && (
                <button
                  type="button"
                  className="reader-results__more"
                  onClick={() => setExpanded((previous) => new Set(previous).add(result.documentId))}
                >
                  {t('reader.showAllMatches', { count: result.hits.length })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
