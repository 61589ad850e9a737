import './ActZoomControl.css';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ActZoom } from './use-act-zoom';
import { MAX_ACT_ZOOM, MIN_ACT_ZOOM } from './act-zoom-steps';
import { IconButton } from '../../../ui/IconButton';

/** The status bar's text size: − and + step by 10 %, the percentage itself goes back to 100 %. */
export function ActZoomControl({ zoom }: { zoom: ActZoom }) {
  const { t } = useI18n();
  const { percent } = zoom;
  return (
    <div className="zoom-control" role="group" aria-label={t('actZoom.label')}>
      <IconButton
        className="zoom-control__button"
        label={t('actZoom.out')}
        aria-disabled={percent <= MIN_ACT_ZOOM}
        onClick={zoom.zoomOut}
      >
        −
      </IconButton>
      <IconButton
        className="zoom-control__value"
        label={t('actZoom.reset', { percent })}
        data-testid="zoom-percent"
        onClick={zoom.reset}
      >
        {t('actZoom.value', { percent })}
      </IconButton>
      <IconButton
        className="zoom-control__button"
        label={t('actZoom.in')}
        aria-disabled={percent >= MAX_ACT_ZOOM}
        onClick={zoom.zoomIn}
      >
        +
      </IconButton>
    </div>
  );
}
