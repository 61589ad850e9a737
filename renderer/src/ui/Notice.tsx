import './Notice.css';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export type NoticeTone = 'info' | 'success' | 'error';

/** A message about what just happened; errors are announced to screen readers at once. */
export function Notice({
  tone,
  children,
  onDismiss,
}: {
  tone: NoticeTone;
  children: ReactNode;
  onDismiss?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice__body">{children}</div>
      {onDismiss && (
        <button type="button" className="notice__dismiss" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
