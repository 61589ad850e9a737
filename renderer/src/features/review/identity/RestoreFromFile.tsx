import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../../../app/services';
import { RECOVERY_EXTENSION } from '../../../domain/keys/recovery-file';
import { useI18n } from '../../../i18n/I18nProvider';
import { FileTooLargeError, type OpenedFile } from '../../../platform';
import { megabytes } from '../../../ui/describe-pack-problem';
import { errorDetail } from '../../../ui/error-message';
import { restoreFromRecoveryFile, type RestoreOutcome } from './recovery-actions';
import { ReplaceKeyDialog } from './ReplaceKeyDialog';

type OtherKeysHere = Extract<RestoreOutcome, { kind: 'otherKeysHere' }>;

/**
 * «Восстановить из файла…»: choose the recovery file, type its passphrase. A wrong passphrase keeps the form open
 * with the reason; other keys already on this computer are only replaced once the trainer says so.
 */
export function RestoreFromFile({
  onMessage,
}: {
  onMessage: (tone: 'success' | 'error', text: string) => void;
}) {
  const { db, platform } = useServices();
  const { t } = useI18n();
  const id = useId();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string>();
  const [working, setWorking] = useState(false);
  const [asking, setAsking] = useState<OtherKeysHere | null>(null);

  async function choose() {
    setProblem(undefined);
    try {
      const opened = await platform.openFile({
        title: t('identity.openDialogTitle'),
        filters: [{ name: t('identity.fileFilter'), extensions: [RECOVERY_EXTENSION] }],
      });
      if (!opened) return;
      setFile(opened);
      setPassphrase('');
    } catch (error) {
      const reason =
        error instanceof FileTooLargeError
          ? t('packError.tooLarge', { size: megabytes(error.maxBytes) })
          : errorDetail(error);
      onMessage('error', t('identity.unreadable', { reason }));
    }
  }

  async function restore(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setWorking(true);
    const outcome = await restoreFromRecoveryFile(db, file.bytes, passphrase).finally(() =>
      setWorking(false),
    );
    if (outcome.kind === 'refused') return setProblem(t(`identity.refused.${outcome.reason}`));
    setFile(null);
    setPassphrase('');
    if (outcome.kind === 'restored') onMessage('success', t('identity.restored', { ...outcome.restored }));
    else setAsking(outcome);
  }

  return (
    <>
      {file ? (
        <form className="trainer-identity__form" onSubmit={(event) => void restore(event)}>
          <p className="trainer-identity__file">{t('identity.restoreFile', { file: file.name })}</p>
          <label className="field" htmlFor={`${id}-passphrase`}>
            <span>{t('identity.restorePassphrase')}</span>
            <input
              id={`${id}-passphrase`}
              type="password"
              autoComplete="current-password"
              autoFocus
              required
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </label>
          {problem && (
            <p className="trainer-identity__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="review-section__actions">
            <button type="submit" className="button button--primary" disabled={working || !passphrase}>
              {working ? t('identity.working') : t('identity.restoreButton')}
            </button>
            <button type="button" className="button" onClick={() => setFile(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => void choose()}>
          {t('identity.restore')}
        </button>
      )}
      {asking && (
        <ReplaceKeyDialog
          question={asking}
          onDone={(replaced) => {
            setAsking(null);
            onMessage(
              'success',
              replaced
                ? t('identity.restored', { ...asking.restoring })
                : t('identity.kept', { name: asking.here.name, fingerprint: asking.here.fingerprint }),
            );
          }}
        />
      )}
    </>
  );
}
