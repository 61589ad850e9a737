import { useId, useState } from 'react';
import { useServices } from '../../../app/services';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import { replaceIdentity, type RestoreOutcome } from './recovery-actions';

/**
 * Asks before keys restored from a file replace other keys on this computer: both are named, and a key here whose
 * recovery file was never saved is said to be lost for good. Keeping is the default (Escape, the first button).
 */
export function ReplaceKeyDialog({
  question,
  onDone,
}: {
  question: Extract<RestoreOutcome, { kind: 'otherKeysHere' }>;
  onDone: (replaced: boolean) => void;
}) {
  const { db } = useServices();
  const { t } = useI18n();
  const id = useId();
  const [working, setWorking] = useState(false);
  const { here, restoring } = question;

  async function replace() {
    setWorking(true);
    await replaceIdentity(db, question.secrets).finally(() => setWorking(false));
    onDone(true);
  }

  return (
    <Dialog className="dialog" describedBy={`${id}-body`} onClose={() => onDone(false)}>
      <DialogTitle>{t('identity.replaceTitle')}</DialogTitle>
      <div id={`${id}-body`}>
        <p>
          {t('identity.replaceBody', {
            hereName: here.name,
            hereFingerprint: here.fingerprint,
            name: restoring.name,
            fingerprint: restoring.fingerprint,
          })}
        </p>
        {!here.recoverySaved && <p className="trainer-identity__problem">{t('identity.replaceUnsaved')}</p>}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={() => onDone(false)}>
          {t('identity.keep')}
        </button>
        <button type="button" className="button" disabled={working} onClick={() => void replace()}>
          {t('identity.replaceConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
