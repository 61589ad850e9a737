import './Reader.css';
import { memo, useMemo, useState } from 'react';
import { useMaterialRequests } from './material-navigator';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseRecord } from '../../storage/records';
import { caseDocuments } from './case-documents';
import { DOCUMENT_PANEL_ID, DocumentNav } from './DocumentNav';
import { DocumentSelect } from './DocumentSelect';
import { documentTabId } from './document-title';
import { DocumentView } from './DocumentView';
import { rememberDocument, rememberedDocument } from './reader-session';
import { SearchBar } from './search/SearchBar';
import { SearchResults } from './search/SearchResults';
import { sameHit, type SearchHit } from '../../domain/text/search-text';
import { useMaterialsSearch } from './search/use-materials-search';

/**
 * The case file, one document at a time: the task, each material (rich text, PDF or image), the legislation
 * and the assessment criteria, chosen from a list, with search across all of them. The open document is
 * remembered per case for the session. Memoised: the workspace re-renders on every save-status change.
 */
export const Reader = memo(function Reader({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useI18n();
  const documents = useMemo(() => caseDocuments(caseRecord), [caseRecord]);
  const [openId, setOpenId] = useState(() => rememberedDocument(caseRecord.key) ?? 'task');
  const current = documents.find((document) => document.id === openId) ?? documents[0];
  const [query, setQuery] = useState('');
  const search = useMaterialsSearch(caseRecord, documents, query);
  /** The match last jumped to; a new object on every jump, so jumping to the same match again scrolls again. */
  const [jump, setJump] = useState<SearchHit | null>(null);
  const [resultsShown, setResultsShown] = useState(true);
  const position = jump ? search.hits.findIndex((hit) => sameHit(hit, jump)) : -1;

  function open(id: string) {
    setOpenId(id);
    rememberDocument(caseRecord.key, id);
  }

  // An evidence link in the act (or anything else in the workspace) asks for a material.
  useMaterialRequests((materialId) => {
    open(`material-${materialId}`);
    setJump(null);
  });

  function jumpTo(hit: SearchHit) {
    open(hit.documentId);
    setJump({ ...hit });
  }

  function step(direction: 1 | -1) {
    const count = search.hits.length;
    const next = position < 0 ? (direction === 1 ? 0 : count - 1) : (position + direction + count) % count;
    const hit = search.hits[next];
    if (hit) jumpTo(hit);
  }

  return (
    <article className="reader" aria-label={t('reader.materials')}>
      <div className="reader__bar">
        <DocumentSelect
          documents={documents}
          currentId={current.id}
          onOpen={(id) => {
            open(id);
            setJump(null);
          }}
        />
        <SearchBar
          query={query}
          onQueryChange={(next) => {
            setQuery(next);
            setJump(null);
            setResultsShown(true);
          }}
          total={search.hits.length}
          position={position}
          onStep={step}
          resultsShown={resultsShown}
          onToggleResults={() => setResultsShown((shown) => !shown)}
        />
      </div>
      {query !== '' && resultsShown && (
        <SearchResults
          search={search}
          documents={documents}
          language={caseRecord.language}
          current={jump}
          onJump={jumpTo}
        />
      )}
      <div className="reader__body">
        <DocumentNav
          documents={documents}
          currentId={current.id}
          language={caseRecord.language}
          onOpen={(id) => {
            open(id);
            setJump(null);
          }}
        />
        <div
          className="reader__document"
          role="tabpanel"
          id={DOCUMENT_PANEL_ID}
          aria-labelledby={documentTabId(current)}
        >
          <DocumentView
            key={current.id}
            caseRecord={caseRecord}
            document={current}
            pattern={search.pattern}
            target={jump?.documentId === current.id ? jump : null}
          />
        </div>
      </div>
    </article>
  );
});
