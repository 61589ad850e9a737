import './FeedbackExportDialog.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../../../app/services';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ReviewRecord } from '../../../storage/records';
import { readSetting, writeSetting } from '../../../storage/settings-repository';
import { findTrainerKey } from '../../../storage/trainer-key-repository';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import { Notice } from '../../../ui/Notice';
import { errorMessage } from '../../../ui/error-message';
import { useShowNames } from '../use-show-names';
import { exportFeedback } from './export-feedback';

interface FeedbackExportDialogProps {
  review: ReviewRecord;
  /** The works to export: one (the marking screen) or every marked one (the review screen). */
  digests: readonly string[];
  /** Every file in one zip (the review screen); otherwise the one work's own file. */
  zip: boolean;
  onClose: () => void;
}

type Progress =
  { state: 'choosing' } | { state: 'working' } | { state: 'done'; message: string; failed: boolean };

/**
 * Asks what goes into the feedback files (the trainer's name, asked once and kept in Settings; the model answer;
 * names or codes in the file names, saying which) and saves them: one file, or every one in a zip.
 */
export function FeedbackExportDialog({ review, digests, zip, onClose }: FeedbackExportDialogProps) {
  const services = useServices();
  const { db } = services;
  const { t } = useI18n();
  const id = useId();
  const savedName = useLiveQuery(() => readSetting(db, 'trainerName').then((value) => value ?? ''), [db]);
  const hasKey = useLiveQuery(
    async () => (await findTrainerKey(db, review.key)) !== undefined,
    [db, review.key],
  );
  const [name, setName] = useState<string | null>(null);
  const [includeModelAnswer, setIncludeModelAnswer] = useState(false);
  // Until the trainer chooses, the file names follow the review: names where it shows them, codes where it hides them
  // (a hidden name should not leak into a file name unasked). The dialog says which.
  const [showNames] = useShowNames(review.key);
  const [namesChoice, setNamesChoice] = useState<boolean | null>(null);
  const namesInFileNames = namesChoice ?? showNames;
  const [progress, setProgress] = useState<Progress>({ state: 'choosing' });
  const trainerName = (name ?? savedName ?? '').trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!trainerName) return;
    setProgress({ state: 'working' });
    try {
      if (trainerName !== savedName) await writeSetting(db, 'trainerName', trainerName);
      const result = await exportFeedback(services, {
        reviewKey: review.key,
        caseId: review.caseId,
        caseTitle: review.case.title,
        digests,
        zip,
        choices: { trainerName, includeModelAnswer: includeModelAnswer && hasKey === true, namesInFileNames },
        dialog: {
          title: t('handback.saveTitle'),
          filterName: t('handback.filterName'),
          zipFilterName: t('handback.zipFilterName'),
        },
      });
      if (!result.saved) {
        setProgress({ state: 'choosing' });
        return;
      }
      const message = !zip
        ? t('handback.savedOne', { name: result.name })
        : t('handback.savedAll', { name: result.name, count: result.files });
      setProgress({ state: 'done', message, failed: false });
    } catch (error) {
      setProgress({ state: 'done', message: errorMessage(t, 'handback.failed', error), failed: true });
    }
  }

  return (
    <Dialog className="dialog feedback-export" describedBy={`${id}-explain`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <DialogTitle>{zip ? t('handback.dialogTitle') : t('handback.dialogTitleOne')}</DialogTitle>
        <p id={`${id}-explain`}>
          {!zip ? t('handback.explainOne') : t('handback.explainAll', { count: digests.length })}
        </p>
        <label className="field">
          <span>{t('handback.trainerName')}</span>
          <input
            required
            maxLength={200}
            value={name ?? savedName ?? ''}
            onChange={(event) => setName(event.target.value)}
          />
          <small className="field__help">{t('handback.trainerNameSaved')}</small>
        </label>
        <label className="feedback-export__check">
          <input
            type="checkbox"
            checked={includeModelAnswer && hasKey === true}
            disabled={hasKey !== true}
            onChange={(event) => setIncludeModelAnswer(event.target.checked)}
          />
          <span>{t('handback.includeModelAnswer')}</span>
        </label>
        {hasKey === false && <p className="field__help">{t('handback.noModelAnswer')}</p>}
        <label className="feedback-export__check">
          <input
            type="checkbox"
            checked={namesInFileNames}
            onChange={(event) => setNamesChoice(event.target.checked)}
          />
          <span>{t('handback.namesInFileNames')}</span>
        </label>
        <p className="field__help">
          {namesInFileNames ? t('handback.namesWarning') : t('handback.codesWarning')}
        </p>
        {namesInFileNames && !showNames && <p className="field__help">{t('handback.namesHiddenWarning')}</p>}
        {progress.state === 'working' && <p role="status">{t('handback.working')}</p>}
        {progress.state === 'done' && (
          <Notice tone={progress.failed ? 'error' : 'success'}>{progress.message}</Notice>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {progress.state === 'done' ? t('handback.close') : t('common.cancel')}
          </button>
          {progress.state !== 'done' && (
            <button
              type="submit"
              className="button button--primary"
              disabled={!trainerName || progress.state === 'working'}
            >
              {t('handback.export')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
