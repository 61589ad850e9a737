import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useServices } from '../../../app/services';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CaseRecord } from '../../../storage/records';
import type { CaseDocument } from '../case-documents';
import { documentText } from '../documents/document-text';
import { pdfPageTexts } from '../pdf/pdf-text';
import {
  searchPattern,
  searchSources,
  type DocumentResult,
  type SearchHit,
  type SearchSource,
} from '../../../domain/text/search-text';

export interface MaterialsSearch {
  /** Null when there is nothing (or too little) to search for. */
  pattern: RegExp | null;
  results: DocumentResult[];
  /** Every match of every document, in reading order, for stepping through them. */
  hits: SearchHit[];
  /** PDFs whose text is still being read: their matches are not in the results yet. */
  pendingPdfs: number;
  /** PDFs with no text at all (scans without a text layer), which search cannot look into. */
  textlessPdfs: number;
}

/** PDF text per document id: the pages' texts, or null when the file could not be read. */
type PdfTexts = ReadonlyMap<string, string[] | null>;

/**
 * Searches the case file: the task, rich-text materials, legislation, criteria and the text of PDFs. The text
 * of PDFs is read the first time the trainee searches, in the background; the other documents answer at once.
 */
export function useMaterialsSearch(
  caseRecord: CaseRecord,
  documents: readonly CaseDocument[],
  query: string,
): MaterialsSearch {
  const { db } = useServices();
  const { t } = useI18n();
  const deferredQuery = useDeferredValue(query);
  const pattern = useMemo(() => searchPattern(deferredQuery), [deferredQuery]);
  const active = pattern !== null;
  const [pdfTexts, setPdfTexts] = useState<PdfTexts>(() => new Map());

  const pdfs = useMemo(() => documents.filter((document) => document.kind === 'pdf'), [documents]);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const settle = (id: string, texts: string[] | null) =>
      live &&
      setPdfTexts((previous) => (previous.get(id) === texts ? previous : new Map(previous).set(id, texts)));
    for (const pdf of pdfs) {
      pdfPageTexts(db, pdf.material.sha256).then(
        (texts) => settle(pdf.id, texts),
        () => settle(pdf.id, null),
      );
    }
    return () => {
      live = false;
    };
  }, [active, db, pdfs]);

  // Reading rich text for search parses it; done once per case and language, not per keystroke.
  const texts = useMemo(
    () => new Map(documents.map((document) => [document.id, documentText(document, caseRecord, t)])),
    [documents, caseRecord, t],
  );

  return useMemo(() => {
    const sources: SearchSource[] = [];
    let pendingPdfs = 0;
    let textlessPdfs = 0;
    for (const document of documents) {
      if (document.kind === 'image') continue;
      if (document.kind !== 'pdf') {
        sources.push({ documentId: document.id, segments: [texts.get(document.id) ?? ''] });
        continue;
      }
      const pages = pdfTexts.get(document.id);
      if (pages === undefined) pendingPdfs++;
      else if (pages && pages.every((page) => page.trim() === '')) textlessPdfs++;
      if (pages) sources.push({ documentId: document.id, segments: pages });
    }
    const results = pattern ? searchSources(sources, pattern) : [];
    return {
      pattern,
      results,
      hits: results.flatMap((result) => result.hits),
      pendingPdfs: pattern ? pendingPdfs : 0,
      textlessPdfs: pattern ? textlessPdfs : 0,
    };
  }, [documents, texts, pdfTexts, pattern]);
}
