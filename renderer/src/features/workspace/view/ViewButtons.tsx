import './ViewButtons.css';
import { useI18n } from '../../../i18n/I18nProvider';
import type { FocusMode } from './use-focus-mode';
import { IconButton } from '../../../ui/IconButton';

interface ViewButtonsProps {
  onPrintPreview: () => void;
  focusMode: FocusMode;
}

/** The toolbar's print preview and focus mode buttons, with the announcement of focus mode for screen readers. */
export function ViewButtons({ onPrintPreview, focusMode }: ViewButtonsProps) {
  const { t } = useI18n();
  return (
    <>
      <span className="toolbar__separator" />
      <IconButton
        className="toolbar__button toolbar__button--print"
        label={t('print.open')}
        onClick={onPrintPreview}
      >
        <svg className="toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 6V1.5h8V6M4 12H1.5V6h13v6H12M4 9.5h8v5H4z" />
        </svg>
      </IconButton>
      <IconButton
        className="toolbar__button toolbar__button--focus"
        label={t('focus.toggle')}
        aria-pressed={focusMode.on}
        onClick={focusMode.toggle}
      >
        <svg className="toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
        </svg>
      </IconButton>
      <span className="visually-hidden" role="status">
        {focusMode.switched ? t(focusMode.on ? 'focus.on' : 'focus.off') : ''}
      </span>
    </>
  );
}
