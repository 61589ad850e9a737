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
import { exportFeedback, FolderExportError, type FeedbackExportResult } from './export-feedback';

interface FeedbackExportDialogProps {
  review: ReviewRecord;
  /** The works to export: one (the marking screen) or every marked one (the review screen). */
  digests: readonly string[];
  /** Every work's file, in one zip or into a folder (the review screen); otherwise the one work's own file. */
  several: boolean;
  onClose: () => void;
}

type Progress =
  { state: 'choosing' } | { state: 'working' } | { state: 'done'; message: string; failed: boolean };

/**
 * Asks what goes into the feedback files (the trainer's name, asked once and kept in Settings; the model answer;
 * names or codes in the file names, saying which; one zip or a folder) and saves them: one file, or every one in a
 * zip or into a folder.
 */
export function FeedbackExportDialog({ review, digests, several, onClose }: FeedbackExportDialogProps) {
  const services = useServices();
  const { canChooseFolder } = services.platform;
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
  const [intoFolder, setIntoFolder] = useState(false);
  const [progress, setProgress] = useState<Progress>({ state: 'choosing' });
  const trainerName = (name ?? savedName ?? '').trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!trainerName) return;
    setProgress({ state: 'working' });
    try {
      // Started, not awaited, before the export: a browser shows its folder picker only right after the click.
      const nameSaved = trainerName !== savedName ? writeSetting(db, 'trainerName', trainerName) : undefined;
      const exported = exportFeedback(services, {
        reviewKey: review.key,
        caseId: review.caseId,
        caseTitle: review.case.title,
        digests,
        destination: !several ? 'file' : intoFolder ? 'folder' : 'zip',
        choices: { trainerName, includeModelAnswer: includeModelAnswer && hasKey === true, namesInFileNames },
        dialog: {
          title: t('handback.saveTitle'),
          folderTitle: t('handback.folderTitle'),
          filterName: t('handback.filterName'),
          zipFilterName: t('handback.zipFilterName'),
        },
      });
      await nameSaved;
      const result = await exported;
      if (!result.saved) {
        setProgress({ state: 'choosing' });
        return;
      }
      setProgress({ state: 'done', message: savedMessage(result), failed: false });
    } catch (error) {
      const message =
        error instanceof FolderExportError
          ? errorMessage(t, 'handback.folderFailed', error.reason, {
              name: error.folderName,
              count: error.written,
            })
          : errorMessage(t, 'handback.failed', error);
      setProgress({ state: 'done', message, failed: true });
    }
  }

  function savedMessage(result: Extract<FeedbackExportResult, { saved: true }>): string {
    switch (result.destination) {
      case 'file':
        return t('handback.savedOne', { name: result.name });
      case 'zip': {
        const saved = t('handback.savedAll', { name: result.name, count: result.files });
        return result.folderUnsupported ? `${t('handback.savedFolderUnsupported')} ${saved}` : saved;
      }
      case 'folder': {
        const saved = t('handback.savedFolder', { name: result.name, count: result.files });
        return result.renamed > 0
          ? `${saved} ${t('handback.savedFolderRenamed', { renamed: result.renamed })}`
          : saved;
      }
    }
  }

  return (
    <Dialog className="dialog feedback-export" describedBy={`${id}-explain`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <DialogTitle>{several ? t('handback.dialogTitle') : t('handback.dialogTitleOne')}</DialogTitle>
        <p id={`${id}-explain`}>
          {!several ? t('handback.explainOne') : t('handback.explainAll', { count: digests.length })}
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
        {several && (
          <fieldset className="feedback-export__destination">
            <legend>{t('handback.destination')}</legend>
            <label className="feedback-export__check">
              <input
                type="radio"
                name={`${id}-destination`}
                checked={!intoFolder}
                onChange={() => setIntoFolder(false)}
              />
              <span>{t('handback.destinationZip')}</span>
            </label>
            <label className="feedback-export__check">
              <input
                type="radio"
                name={`${id}-destination`}
                checked={intoFolder}
                onChange={() => setIntoFolder(true)}
              />
              <span>{t('handback.destinationFolder')}</span>
            </label>
            {intoFolder && (
              <p className="field__help">
                {canChooseFolder ? t('handback.destinationFolderHelp') : t('handback.folderUnsupportedHelp')}
              </p>
            )}
          </fieldset>
        )}
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
