import './RecoverySheet.css';
import { useRef } from 'react';
import { createPortal } from 'react-dom';
import { keyCard, type IdentitySecrets } from '../../../domain/keys/identity';
import { RECOVERY_EXTENSION } from '../../../domain/keys/recovery-file';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import { useFingerprint } from '../../../ui/use-fingerprint';

/**
 * The printable recovery sheet: the trainer's name, the key code in large type, the key card, the date the key was
 * made, the file (its name when it was just saved; a line to write where it is kept) and what to do if the computer
 * or the passphrase is lost. Never the passphrase. It prints as the act's print preview does: a dialog over the
 * page, and, in print, the sheet alone (RecoverySheet.css).
 */
export function RecoverySheet({
  secrets,
  fileName,
  onClose,
}: {
  secrets: IdentitySecrets;
  fileName?: string;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const fingerprint = useFingerprint(secrets.public);
  const printButton = useRef<HTMLButtonElement>(null);
  const made = new Date(secrets.createdAt).toLocaleDateString(locale, { dateStyle: 'long' });
  return createPortal(
    <Dialog className="recovery-sheet" initialFocus={printButton} onClose={onClose}>
      <div className="recovery-sheet__bar">
        <DialogTitle className="recovery-sheet__title">{t('identity.sheet.title')}</DialogTitle>
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
        className="recovery-sheet__scroller"
        role="region"
        aria-label={t('identity.sheet.preview')}
        tabIndex={0}
      >
        <article className="recovery-sheet__page">
          <h1>{t('identity.sheet.title')}</h1>
          <dl>
            <dt>{t('identity.sheet.name')}</dt>
            <dd className="recovery-sheet__name">{secrets.public.name}</dd>
            <dt>{t('identity.sheet.fingerprint')}</dt>
            <dd className="recovery-sheet__fingerprint" data-testid="sheet-fingerprint">
              {fingerprint}
            </dd>
            <dt>{t('identity.sheet.created')}</dt>
            <dd>{made}</dd>
            <dt>{t('identity.sheet.file')}</dt>
            <dd>{fileName ?? `…………….${RECOVERY_EXTENSION}`}</dd>
            <dt>{t('identity.sheet.fileWhere')}</dt>
            <dd className="recovery-sheet__write-in" />
          </dl>
          <p className="recovery-sheet__warning">{t('identity.sheet.noPassphrase')}</p>
          <h2>{t('identity.sheet.ifLostTitle')}</h2>
          <p>{t('identity.sheet.ifLost')}</p>
          <h2>{t('identity.sheet.ifForgottenTitle')}</h2>
          <p>{t('identity.sheet.ifForgotten')}</p>
          <h2>{t('identity.sheet.card')}</h2>
          <p className="recovery-sheet__card">{keyCard(secrets.public)}</p>
        </article>
      </div>
    </Dialog>,
    document.body,
  );
}
