import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../../../app/services';
import { MIN_PASSPHRASE_LENGTH } from '../../../domain/keys/recovery-file';
import { useI18n } from '../../../i18n/I18nProvider';
import { readSetting } from '../../../storage/settings-repository';
import { createTrainerIdentity } from '../../../storage/trainer-identity-repository';
import { passphraseProblem } from './passphrase';
import { PassphraseFields, type PassphrasePair } from './PassphraseFields';
import { saveRecoveryFile } from './recovery-actions';

/**
 * The first visit's form: the trainer's name (Settings' trainer name to start with) and the passphrase twice. The
 * keys are made, then the recovery file is offered for saving at once; `onSaved` hears its name, or null when the
 * save dialog was cancelled (the panel then keeps asking for it), and `onSaveFailed` why the disk refused it.
 */
export function MakeTrainerKey({
  onSaved,
  onSaveFailed,
}: {
  onSaved: (fileName: string | null) => void;
  onSaveFailed: (error: unknown) => void;
}) {
  const { db, platform } = useServices();
  const { t } = useI18n();
  const id = useId();
  const settingsName = useLiveQuery(() => readSetting(db, 'trainerName').then((value) => value ?? ''), [db]);
  const [name, setName] = useState<string | null>(null);
  const [pair, setPair] = useState<PassphrasePair>({ passphrase: '', repeated: '' });
  const [problem, setProblem] = useState<'tooShort' | 'differ'>();
  const [working, setWorking] = useState(false);
  const trainerName = (name ?? settingsName ?? '').trim();

  async function make(event: FormEvent) {
    event.preventDefault();
    const found = passphraseProblem(pair.passphrase, pair.repeated);
    setProblem(found);
    if (found || !trainerName) return;
    setWorking(true);
    try {
      const record = await createTrainerIdentity(db, trainerName);
      const saved = await saveRecoveryFile(db, platform, record.secrets, pair.passphrase, {
        title: t('identity.saveDialogTitle'),
        filterName: t('identity.fileFilter'),
      });
      onSaved(saved);
    } catch (error) {
      onSaveFailed(error);
    } finally {
      setWorking(false);
    }
  }

  return (
    <form className="trainer-identity__form" onSubmit={(event) => void make(event)} noValidate>
      <label className="field" htmlFor={`${id}-name`}>
        <span>{t('identity.nameLabel')}</span>
        <input
          id={`${id}-name`}
          required
          maxLength={200}
          autoComplete="name"
          value={name ?? settingsName ?? ''}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <PassphraseFields value={pair} onChange={setPair} />
      {problem && (
        <p className="trainer-identity__problem" role="alert">
          {t(`identity.problem.${problem}`, { min: MIN_PASSPHRASE_LENGTH })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={working || !trainerName}>
        {working ? t('identity.working') : t('identity.make')}
      </button>
    </form>
  );
}
