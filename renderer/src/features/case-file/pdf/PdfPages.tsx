import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useRef, useState } from 'react';
import type { AttachmentMaterial } from '../../../domain/pack/pack';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import { PdfPage } from './PdfPage';
import { PDF_TO_CSS } from './pdf-units';
import type { MatchTarget } from '../search/use-document-highlights';
import { useNearPages } from './use-near-pages';
import type { PageSize } from './use-pdf-document';
import { usePdfHighlights } from './use-pdf-highlights';
import { useScrollMemory } from '../viewer/use-scroll-memory';
import { usePageZoom } from '../viewer/use-page-zoom';
import { usePageZoomInput } from '../viewer/use-page-zoom-input';
import { ViewerToolbar } from '../viewer/ViewerToolbar';
import { PageZoomControls } from '../viewer/PageZoomControls';

/** The space around and between pages, in CSS pixels (as in PdfViewer.css, .pdf-pages and .pdf-page). */
const PAGE_GAP = 12;

interface PdfPagesProps {
  material: AttachmentMaterial;
  language: ContentLanguage;
  pdf: PDFDocumentProxy;
  pages: PageSize[];
  pattern: RegExp | null;
  target: MatchTarget | null;
  scrollKey: string;
}

/** An open PDF: its pages one under another, drawn only near the view, with the page number and zoom. */
export function PdfPages({ material, language, pdf, pages, pattern, target, scrollKey }: PdfPagesProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const column = useRef<HTMLDivElement>(null);
  const widest = Math.max(...pages.map((page) => page.width)) * PDF_TO_CSS;
  const zoom = usePageZoom(scroller, widest, { padding: 2 * PAGE_GAP });
  usePageZoomInput(scroller, zoom);
  const near = useNearPages(scroller, zoom.measured ? pages.length : 0);
  const rememberPlace = useScrollMemory(scroller, scrollKey, zoom.measured, zoom.scale);
  const [currentPage, setCurrentPage] = useState(0);

  const scrollToPage = useCallback((page: number) => {
    const element = column.current?.children[page];
    if (scroller.current && element instanceof HTMLElement)
      scroller.current.scrollTop = element.offsetTop - PAGE_GAP;
  }, []);
  const onTextLayer = usePdfHighlights(scroller, pattern, target, zoom.measured, scrollToPage);

  function onScroll() {
    rememberPlace();
    if (scroller.current && column.current) setCurrentPage(pageInView(scroller.current, column.current));
  }

  return (
    <div className="reader-viewer">
      <ViewerToolbar material={material} language={language}>
        <span className="reader-viewer__pages">
          {t('reader.pageOf', { page: currentPage + 1, count: pages.length })}
        </span>
        <PageZoomControls zoom={zoom} />
      </ViewerToolbar>
      <div
        className="reader-viewer__scroller"
        ref={scroller}
        tabIndex={0}
        aria-label={t('pageZoom.zoomableView', { title: material.title })}
        onScroll={onScroll}
      >
        <div className="pdf-pages" ref={column} lang={language}>
          {zoom.measured &&
            pages.map((size, index) => (
              <PdfPage
                key={index}
                pdf={pdf}
                index={index}
                size={size}
                zoom={zoom.scale}
                near={near.has(index)}
                onTextLayer={onTextLayer}
              />
            ))}
        </div>
      </div>
    </div>
  );
}

/** The page at a third of the way down the view, the one being read. */
function pageInView(scroller: HTMLElement, column: HTMLElement): number {
  const line = scroller.scrollTop + scroller.clientHeight / 3;
  const pages = column.children;
  let low = 0;
  let high = pages.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((pages[middle] as HTMLElement).offsetTop <= line) low = middle;
    else high = middle - 1;
  }
  return low;
}
