import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { useServices } from '../../../app/services';
import { readAttachment } from '../../../storage/attachment-repository';
import { openPdf, pdfProblem } from './pdf-library';

/** A page's size at zoom 1, in PDF points. */
export interface PageSize {
  width: number;
  height: number;
}

export type PdfState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'broken'; problem: 'password' | 'damaged' }
  | { status: 'ready'; pdf: PDFDocumentProxy; pages: PageSize[] };

/**
 * A stored PDF, opened with pdf.js, with the size of every page (so the whole document can be laid out, and
 * scrolled through, before any page is drawn). Released when the viewer closes or shows another file.
 */
export function usePdfDocument(sha256: string): PdfState {
  const { db } = useServices();
  const [loaded, setLoaded] = useState<{ sha256: string; state: PdfState } | null>(null);
  useEffect(() => {
    let live = true;
    let task: PDFDocumentLoadingTask | undefined;
    const settle = (state: PdfState) => live && setLoaded({ sha256, state });
    (async () => {
      const record = await readAttachment(db, sha256);
      if (!record) return settle({ status: 'missing' });
      const opening = await openPdf(new Uint8Array(await record.data.arrayBuffer()));
      task = opening;
      if (!live) return void opening.destroy();
      const pdf = await opening.promise;
      settle({ status: 'ready', pdf, pages: await pageSizes(pdf) });
    })().catch((error: unknown) => settle({ status: 'broken', problem: pdfProblem(error) }));
    return () => {
      live = false;
      void task?.destroy();
    };
  }, [db, sha256]);
  return loaded?.sha256 === sha256 ? loaded.state : { status: 'loading' };
}

/** More pages than any case file has: a PDF declaring more is treated as broken rather than laid out. */
const MAX_PAGES = 5000;
/** Pages are measured this many at a time, so a long PDF does not queue thousands of requests on the worker. */
const PAGE_BATCH = 64;

/** Every page's size; a page that cannot be read takes the size of the one before it, and is reported when drawn. */
async function pageSizes(pdf: PDFDocumentProxy): Promise<PageSize[]> {
  if (pdf.numPages > MAX_PAGES) throw new Error(`A PDF of ${pdf.numPages} pages`);
  const sizes: (PageSize | null)[] = [];
  for (let first = 1; first <= pdf.numPages; first += PAGE_BATCH) {
    const batch = Array.from({ length: Math.min(PAGE_BATCH, pdf.numPages - first + 1) }, (_, index) =>
      pdf.getPage(first + index).then(
        (page) => {
          const { width, height } = page.getViewport({ scale: 1 });
          return { width, height };
        },
        () => null,
      ),
    );
    sizes.push(...(await Promise.all(batch)));
  }
  let previous: PageSize = { width: 595, height: 842 }; // A4, for a first page that cannot be read
  return sizes.map((size) => (previous = size ?? previous));
}
