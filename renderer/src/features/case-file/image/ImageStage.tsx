import { useRef, useState } from 'react';
import type { AttachmentMaterial } from '../../../domain/pack/pack';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import { useObjectUrlImage } from './use-object-url';
import { useScrollMemory } from '../viewer/use-scroll-memory';
import { usePageZoom } from '../viewer/use-page-zoom';
import { usePageZoomInput } from '../viewer/use-page-zoom-input';
import { ViewerMessage } from '../viewer/ViewerMessage';
import { ViewerToolbar } from '../viewer/ViewerToolbar';
import { PageZoomControls } from '../viewer/PageZoomControls';

/** The space around the image, in CSS pixels (as in ImageViewer.css, .image-stage). */
const PADDING = 12;

interface ImageStageProps {
  material: AttachmentMaterial;
  language: ContentLanguage;
  blob: Blob;
  scrollKey: string;
}

/**
 * The image itself, fitted to the pane's width (never enlarged past its own size) until the trainee zooms;
 * scrollable both ways when zoomed in.
 */
export function ImageStage({ material, language, blob, scrollKey }: ImageStageProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const [broken, setBroken] = useState(false);
  const image = useObjectUrlImage(blob);
  const zoom = usePageZoom(scroller, natural?.width ?? 0, { padding: 2 * PADDING, maxFit: 1 });
  usePageZoomInput(scroller, zoom);
  const rememberPlace = useScrollMemory(scroller, scrollKey, natural !== null && zoom.measured, zoom.scale);

  return (
    <div className="reader-viewer">
      <ViewerToolbar material={material} language={language}>
        <PageZoomControls zoom={zoom} disabled={!natural} />
      </ViewerToolbar>
      {broken && <ViewerMessage tone="problem">{t('reader.imageBroken')}</ViewerMessage>}
      <div
        className="reader-viewer__scroller"
        ref={scroller}
        tabIndex={0}
        hidden={broken}
        aria-label={t('pageZoom.zoomableView', { title: material.title })}
        onScroll={rememberPlace}
      >
        <div className="image-stage">
          <img
            ref={image}
            className="image-stage__image"
            alt={material.title}
            lang={language}
            draggable={false}
            onLoad={(event) =>
              setNatural({
                width: event.currentTarget.naturalWidth,
                height: event.currentTarget.naturalHeight,
              })
            }
            onError={() => setBroken(true)}
            style={
              natural
                ? { width: natural.width * zoom.scale, height: natural.height * zoom.scale }
                : { visibility: 'hidden' }
            }
          />
        </div>
      </div>
    </div>
  );
}
