import './ActZoomControl.css';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ActZoom } from './use-act-zoom';
import { MAX_ACT_ZOOM, MIN_ACT_ZOOM } from './act-zoom-steps';

/** The status bar's text size: − and + step by 10 %, the percentage itself goes back to 100 %. */
export function ActZoomControl({ zoom }: { zoom: ActZoom }) {
  const { t } = useI18n();
  const { percent } = zoom;
  return (
    <div className="zoom-control" role="group" aria-label={t('zoom.label')}>
      <button
        type="button"
        className="zoom-control__button"
        aria-label={t('zoom.out')}
        title={t('zoom.out')}
        aria-disabled={percent <= MIN_ACT_ZOOM}
        onClick={zoom.zoomOut}
      >
        −
      </button>
      <button
        type="button"
        className="zoom-control__value"
        aria-label={t('zoom.reset', { percent })}
        title={t('zoom.reset', { percent })}
        data-testid="zoom-percent"
        onClick={zoom.reset}
      >
        {t('zoom.value', { percent })}
      </button>
      <button
        type="button"
        className="zoom-control__button"
        aria-label={t('zoom.in')}
        title={t('zoom.in')}
        aria-disabled={percent >= MAX_ACT_ZOOM}
        onClick={zoom.zoomIn}
      >
        +
      </button>
    </div>
  );
}
