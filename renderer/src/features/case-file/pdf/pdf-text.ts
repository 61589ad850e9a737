import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { CaseDraftDatabase } from '../../../storage/database';
import { readAttachment } from '../../../storage/attachment-repository';
import { openPdf } from './pdf-library';

/**
 * The text of a page as the text layer shows it: each text item in order, and a line break where pdf.js marks
 * the end of a line (the text layer puts a <br> there), so search and highlighting count the same matches.
 */
export async function pageText(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
}

async function documentTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    // A page that cannot be read has no text to search; the other pages still do.
    texts.push(await pdf.getPage(number).then(pageText, () => ''));
  }
  return texts;
}

const cache = new Map<string, Promise<string[]>>();

/**
 * The text of each page of a stored PDF, read once per session. Rejects when the file is missing or cannot
 * be opened (the viewer says why); a failure is not kept, so a later search tries again.
 */
export function pdfPageTexts(db: CaseDraftDatabase, sha256: string): Promise<string[]> {
  let texts = cache.get(sha256);
  if (!texts) {
    texts = extract(db, sha256);
    cache.set(sha256, texts);
    texts.catch(() => cache.delete(sha256));
  }
  return texts;
}

async function extract(db: CaseDraftDatabase, sha256: string): Promise<string[]> {
  const record = await readAttachment(db, sha256);
  if (!record) throw new Error(`No stored file ${sha256}`);
  const task = await openPdf(new Uint8Array(await record.data.arrayBuffer()));
  try {
    return await documentTexts(await task.promise);
  } finally {
    await task.destroy();
  }
}
