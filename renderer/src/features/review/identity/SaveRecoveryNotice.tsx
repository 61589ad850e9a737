import { useState, type FormEvent } from 'react';
import { useServices } from '../../../app/services';
import { MIN_PASSPHRASE_LENGTH } from '../../../domain/keys/recovery-file';
import { useI18n } from '../../../i18n/I18nProvider';
import type { TrainerIdentityRecord } from '../../../storage/records';
import { passphraseProblem } from './passphrase';
import { PassphraseFields, type PassphrasePair } from './PassphraseFields';
import { saveRecoveryFile } from './recovery-actions';

/**
 * Stays in the trainer area while the recovery file has never been saved (the save dialog cancelled, the disk full).
 * The passphrase is never kept, so saving asks for it again.
 */
export function SaveRecoveryNotice({
  record,
  onSaved,
  onSaveFailed,
}: {
  record: TrainerIdentityRecord;
  onSaved: (fileName: string | null) => void;
  onSaveFailed: (error: unknown) => void;
}) {
  const { db, platform } = useServices();
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [pair, setPair] = useState<PassphrasePair>({ passphrase: '', repeated: '' });
  const [problem, setProblem] = useState<'tooShort' | 'differ'>();
  const [working, setWorking] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = passphraseProblem(pair.passphrase, pair.repeated);
    setProblem(found);
    if (found) return;
    setWorking(true);
    try {
      onSaved(
        await saveRecoveryFile(db, platform, record.secrets, pair.passphrase, {
          title: t('identity.saveDialogTitle'),
          filterName: t('identity.fileFilter'),
        }),
      );
    } catch (error) {
      onSaveFailed(error);
    } finally {
      setWorking(false);
    }
  }

  return (
    <div className="trainer-identity__unsaved">
      <p>
        <strong>{t('identity.notSaved')}</strong>
      </p>
      {asking ? (
        <form className="trainer-identity__form" onSubmit={(event) => void save(event)} noValidate>
          <PassphraseFields value={pair} onChange={setPair} />
          {problem && (
            <p className="trainer-identity__problem" role="alert">
              {t(`identity.problem.${problem}`, { min: MIN_PASSPHRASE_LENGTH })}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={working}>
            {working ? t('identity.working') : t('identity.saveNow')}
          </button>
        </form>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
          {t('identity.saveNow')}
        </button>
      )}
    </div>
  );
}
