import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../../i18n/I18nProvider';
import { printSheetClass, renderPrintSheet } from './print-sheet';

interface PrintPreviewProps {
  /** The act as it was when the preview opened. */
  doc: ProseMirrorNode;
  onClose: () => void;
}

/** The smallest the pages are drawn to fit the window's height; below it they scroll. */
const MIN_SCALE = 0.4;
/** Room around the pages inside the scrolling area, in CSS pixels (styles.css pads it by as much). */
const SCROLLER_PADDING = 24;

/**
 * The act on A4 pages, as it will print. The pages are real: the sheet is laid out in columns exactly one page's
 * text area tall and wide, so the browser breaks it into pages as it does on paper (the same lines end each page),
 * and the columns sit on A4 sheets side by side. Printing prints the same sheet, without the columns, with the
 * page margins of `@page` (styles.css).
 */
export function PrintPreview({ doc, onClose }: PrintPreviewProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = useRef<HTMLElement>(null);
  const ruler = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState({ pages: 1, scale: 1 });

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  // ProseMirror's serializer builds the sheet's content; React only owns the element it goes in.
  useLayoutEffect(() => {
    sheet.current?.replaceChildren(renderPrintSheet(doc, document));
  }, [doc]);

  /** Counts the pages (columns past the first overflow to the right, one page pitch apart) and fits the height. */
  const measure = useCallback(() => {
    if (!scroller.current || !sheet.current || !ruler.current) return;
    const { offsetWidth: pitch, offsetHeight: pageHeight } = ruler.current;
    const overflow = sheet.current.scrollWidth - sheet.current.clientWidth;
    const pages = Math.max(1, Math.round(overflow / pitch) + 1);
    const room = (scroller.current.clientHeight - 2 * SCROLLER_PADDING) / pageHeight;
    const scale = Math.min(1, Math.max(MIN_SCALE, Math.floor(room * 100) / 100));
    setLayout((previous) =>
      previous.pages === pages && previous.scale === scale ? previous : { pages, scale },
    );
  }, []);

  useLayoutEffect(() => {
    measure();
    const resize = new ResizeObserver(measure);
    if (scroller.current) resize.observe(scroller.current);
    // The act's faces load as the sheet first needs them; the lines, and so the page breaks, move when they do.
    document.fonts.addEventListener('loadingdone', measure);
    void document.fonts.ready.then(measure);
    return () => {
      resize.disconnect();
      document.fonts.removeEventListener('loadingdone', measure);
    };
  }, [measure, doc]);

  const spreadStyle = { '--pages': layout.pages, '--scale': layout.scale } as CSSProperties;
  return createPortal(
    <dialog ref={dialog} className="print-preview" aria-labelledby="print-preview-title" onClose={onClose}>
      <div className="print-preview__bar">
        <h2 id="print-preview-title" className="print-preview__title">
          {t('print.title')}
        </h2>
        <span className="print-preview__count" data-testid="print-page-count">
          {t('print.pageCount', { count: layout.pages })}
        </span>
        <button type="button" className="button button--primary" autoFocus onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('print.close')}
        </button>
      </div>
      <div
        ref={scroller}
        className="print-preview__scroller"
        role="region"
        aria-label={t('print.pages')}
        tabIndex={0}
        // The pages run from left to right: let the mouse wheel move along them when there is nothing to scroll down.
        onWheel={(event) => {
          const box = event.currentTarget;
          if (box.scrollHeight <= box.clientHeight) box.scrollLeft += event.deltaY;
        }}
      >
        <div className="print-preview__spread" style={spreadStyle}>
          <div className="print-preview__paper">
            {Array.from({ length: layout.pages }, (_, index) => (
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
    </dialog>,
    document.body,
  );
}
