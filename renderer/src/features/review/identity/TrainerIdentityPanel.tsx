import './TrainerIdentity.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useServices } from '../../../app/services';
import { useI18n } from '../../../i18n/I18nProvider';
import { findTrainerIdentityRecord } from '../../../storage/trainer-identity-repository';
import { saveErrorReason } from '../../../ui/error-message';
import { Notice, type NoticeTone } from '../../../ui/Notice';
import { TrainerKeyLine } from '../../../ui/TrainerKeyLine';
import { CopyKeyCard } from './CopyKeyCard';
import { MakeTrainerKey } from './MakeTrainerKey';
import { RecoverySheet } from './RecoverySheet';
import { RestoreFromFile } from './RestoreFromFile';
import { SaveRecoveryNotice } from './SaveRecoveryNotice';

/**
 * The trainer's own key, at the top of the trainer area: on the first visit, the form that makes it (or restores
 * it from a recovery file); then the key's name and code, the key card to copy, the printable sheet, and, until
 * the recovery file is saved, the notice asking for it.
 */
export function TrainerIdentityPanel() {
  const { db } = useServices();
  const { t } = useI18n();
  const id = useId();
  const record = useLiveQuery(() => findTrainerIdentityRecord(db).then((found) => found ?? null), [db]);
  const [notice, setNotice] = useState<{ tone: NoticeTone; text: string } | null>(null);
  /** The name of the recovery file saved in this visit, for the sheet. */
  const [savedFile, setSavedFile] = useState<string>();
  const [sheetOpen, setSheetOpen] = useState(false);

  if (record === undefined) return null;

  const onSaved = (fileName: string | null) => {
    if (fileName === null) return setNotice(null);
    setSavedFile(fileName);
    setNotice({ tone: 'success', text: t('identity.saved', { file: fileName }) });
    setSheetOpen(true);
  };
  const onSaveFailed = (error: unknown) =>
    setNotice({ tone: 'error', text: t('identity.saveFailed', { reason: saveErrorReason(t, error) }) });
  const restore = <RestoreFromFile onMessage={(tone, text) => setNotice({ tone, text })} />;

  return (
    <section className="review-section trainer-identity" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review-section__title">
        {t('identity.title')}
      </h2>
      {notice && (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      )}
      {record === null ? (
        <>
          <p className="trainer-identity__intro">{t('identity.intro')}</p>
          <MakeTrainerKey onSaved={onSaved} onSaveFailed={onSaveFailed} />
          <div className="trainer-identity__restore">
            <p>{t('identity.restoreLead')}</p>
            {restore}
          </div>
        </>
      ) : (
        <>
          <TrainerKeyLine identity={record.secrets.public} />
          <p className="review-section__text">{t('identity.fingerprintHelp')}</p>
          {!record.recoverySavedAt && (
            <SaveRecoveryNotice record={record} onSaved={onSaved} onSaveFailed={onSaveFailed} />
          )}
          <div className="review-section__actions">
            <CopyKeyCard identity={record.secrets.public} />
            <button type="button" className="button" onClick={() => setSheetOpen(true)}>
              {t('identity.printSheet')}
            </button>
            {restore}
          </div>
        </>
      )}
      {sheetOpen && record && (
        <RecoverySheet secrets={record.secrets} fileName={savedFile} onClose={() => setSheetOpen(false)} />
      )}
    </section>
  );
}
