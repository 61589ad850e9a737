import type { PDFDocumentProxy, RenderTask, TextLayer } from 'pdfjs-dist';
import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { loadPdfJs } from './pdf-library';
import { canvasPixelRatio, PDF_TO_CSS } from './pdf-units';
import type { PageSize } from './use-pdf-document';

interface PdfPageProps {
  pdf: PDFDocumentProxy;
  index: number;
  size: PageSize;
  zoom: number;
  /** Near the view: drawn. Otherwise an empty box of the page's size, so the scrollbar stays true. */
  near: boolean;
  onTextLayer: (page: number, layer: HTMLElement | null) => void;
}

/**
 * One page: a canvas with the page drawn on it, and pdf.js's text layer over it (transparent text in the
 * right places, for selecting and for search highlights). At a new zoom the page is drawn again off screen and
 * swapped in when done, the old drawing stretched meanwhile, so zooming never flashes blank pages.
 */
export const PdfPage = memo(function PdfPage({ pdf, index, size, zoom, near, onTextLayer }: PdfPageProps) {
  const { t } = useI18n();
  const canvasHost = useRef<HTMLDivElement>(null);
  const textHost = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const scale = zoom * PDF_TO_CSS;

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    let renderTask: RenderTask | undefined;
    let textLayer: TextLayer | undefined;
    const draw = async () => {
      const [{ pdfjs }, page] = await Promise.all([loadPdfJs(), pdf.getPage(index + 1)]);
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      const ratio = canvasPixelRatio(viewport.width, viewport.height, window.devicePixelRatio);
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      renderTask = page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      await renderTask.promise;
      if (cancelled) return;
      canvasHost.current?.replaceChildren(canvas);
      setFailed(false);
      const layer = document.createElement('div');
      layer.className = 'textLayer';
      textLayer = new pdfjs.TextLayer({
        textContentSource: page.streamTextContent(),
        container: layer,
        viewport,
      });
      await textLayer.render();
      if (cancelled) return;
      textHost.current?.replaceChildren(layer);
      onTextLayer(index, layer);
    };
    draw().catch(() => {
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
    };
  }, [pdf, index, scale, near, onTextLayer]);

  useEffect(() => {
    if (near) return;
    const hadText = Boolean(textHost.current?.firstChild);
    canvasHost.current?.replaceChildren();
    textHost.current?.replaceChildren();
    if (hadText) onTextLayer(index, null);
  }, [near, index, onTextLayer]);

  const style = {
    width: size.width * scale,
    height: size.height * scale,
    '--total-scale-factor': scale,
  } as CSSProperties;
  return (
    <div
      className="pdf-page"
      data-page={index}
      style={style}
      role="group"
      aria-label={t('reader.page', { page: index + 1 })}
    >
      <div className="pdf-page__canvas" ref={canvasHost} />
      <div className="pdf-page__text" ref={textHost} />
      {failed && <p className="pdf-page__problem">{t('reader.pageBroken', { page: index + 1 })}</p>}
    </div>
  );
});
