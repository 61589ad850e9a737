import './PrintPreview.css';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useCallback, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import { usePageZoom } from '../../case-file/viewer/use-page-zoom';
import { usePageZoomInput } from '../../case-file/viewer/use-page-zoom-input';
import { PageZoomControls } from '../../case-file/viewer/PageZoomControls';
import { printSheetClass, renderPrintSheet } from './print-sheet';

interface PrintPreviewProps {
  /** The act as it was when the preview opened. */
  doc: ProseMirrorNode;
  onClose: () => void;
}

/** Room around the pages inside the scrolling area, in CSS pixels (PrintPreview.css pads it by as much). */
const SCROLLER_PADDING = 24;
/** An A4 page's width in CSS pixels (210 mm at 96 px to the inch), the width the zoom fits. */
const PAGE_WIDTH = (210 / 25.4) * 96;

/**
 * The act on A4 pages, as it will print. The pages are real: the sheet is laid out in columns exactly one page's
 * text area tall and wide, wrapping one under the other, so the browser breaks it into pages as it does on paper
 * (the same lines end each page), and each column sits on an A4 sheet. The pages fit the width of the window (never
 * larger than on paper) until the trainee zooms. Printing prints the same sheet, without the columns, with the
 * page margins of `@page` (PrintPreview.css).
 */
export function PrintPreview({ doc, onClose }: PrintPreviewProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = useRef<HTMLElement>(null);
  const ruler = useRef<HTMLDivElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  const [pages, setPages] = useState(1);
  const zoom = usePageZoom(scroller, PAGE_WIDTH, { padding: 2 * SCROLLER_PADDING, maxFit: 1 });
  usePageZoomInput(scroller, zoom);

  // ProseMirror's serializer builds the sheet's content; React only owns the element it goes in.
  useLayoutEffect(() => {
    sheet.current?.replaceChildren(renderPrintSheet(doc, document));
  }, [doc]);

  /** Counts the pages: the columns past the first overflow downwards, one page pitch apart. */
  const measure = useCallback(() => {
    if (!sheet.current || !ruler.current) return;
    const overflow = sheet.current.scrollHeight - sheet.current.clientHeight;
    setPages(Math.max(1, Math.round(overflow / ruler.current.offsetHeight) + 1));
  }, []);

  useLayoutEffect(() => {
    measure();
    // The act's faces load as the sheet first needs them; the lines, and so the page breaks, move when they do.
    document.fonts.addEventListener('loadingdone', measure);
    void document.fonts.ready.then(measure);
    return () => document.fonts.removeEventListener('loadingdone', measure);
  }, [measure, doc]);

  const spreadStyle = {
    '--pages': pages,
    '--scale': zoom.scale,
    // Not drawn at a zoom about to change: the first measurement of the window's width comes after the first paint.
    visibility: zoom.measured ? undefined : 'hidden',
  } as CSSProperties;
  return createPortal(
    // The dialog would focus its first button, the zoom's −: Ctrl+P, Enter should print.
    <Dialog
      className="print-preview"
      titleId="print-preview-title"
      initialFocus={printButton}
      onClose={onClose}
    >
      <div className="print-preview__bar">
        <DialogTitle className="print-preview__title">{t('print.title')}</DialogTitle>
        <span className="print-preview__count" data-testid="print-page-count">
          {t('print.pageCount', { count: pages })}
        </span>
        <PageZoomControls zoom={zoom} />
        <button
          ref={printButton}
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
        >
          {t('print.print')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('print.close')}
        </button>
      </div>
      <div
        ref={scroller}
        className="print-preview__scroller"
        role="region"
        aria-label={t('print.pages')}
        tabIndex={0}
      >
        <div className="print-preview__spread" style={spreadStyle}>
          <div className="print-preview__paper">
            {Array.from({ length: pages }, (_, index) => (
              <div
                key={index}
                className="print-preview__page"
                style={{ '--page': index } as CSSProperties}
                aria-hidden="true"
              >
                {index > 0 && <span className="print-preview__number">{index + 1}</span>}
              </div>
            ))}
            <article ref={sheet} className={printSheetClass(doc)} lang={doc.attrs.language as string} />
          </div>
          <div ref={ruler} className="print-preview__ruler" aria-hidden="true" />
        </div>
      </div>
    </Dialog>,
    document.body,
  );
}
