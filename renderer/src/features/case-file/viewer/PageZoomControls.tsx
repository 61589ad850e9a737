import { useI18n } from '../../../i18n/I18nProvider';
import type { PageZoom } from './use-page-zoom';
import { MAX_PAGE_ZOOM, MIN_PAGE_ZOOM, pageZoomPercent } from './page-zoom';
import { IconButton } from '../../../ui/IconButton';

/** −, the zoom level, + and “Fit width”, for the PDF and image viewers. */
export function PageZoomControls({ zoom, disabled = false }: { zoom: PageZoom; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="zoom-controls" role="group" aria-label={t('pageZoom.label')}>
      <IconButton
        className="step-button zoom-controls__step"
        onClick={zoom.zoomOut}
        disabled={disabled || zoom.scale <= MIN_PAGE_ZOOM}
        label={t('pageZoom.out')}
      >
        −
      </IconButton>
      <span className="zoom-controls__level">
        {t('pageZoom.value', { percent: pageZoomPercent(zoom.scale) })}
      </span>
      <IconButton
        className="step-button zoom-controls__step"
        onClick={zoom.zoomIn}
        disabled={disabled || zoom.scale >= MAX_PAGE_ZOOM}
        label={t('pageZoom.in')}
      >
        +
      </IconButton>
      <button
        type="button"
        className="button button--small"
        onClick={zoom.fit}
        disabled={disabled}
        aria-pressed={zoom.fitting}
        title={t('reader.fitWidthHint')}
      >
        {t('reader.fitWidth')}
      </button>
    </div>
  );
}
