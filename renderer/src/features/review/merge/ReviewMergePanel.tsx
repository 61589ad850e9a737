import './ReviewMerge.css';
import { useId, useState } from 'react';
import { useServices } from '../../../app/services';
import { REVIEW_FILE_EXTENSION } from '../../../domain/review/review-file-v1';
import type { MergeReport } from '../../../domain/review/review-merge-report';
import { useI18n } from '../../../i18n/I18nProvider';
import { ensureMarkerId } from '../../../storage/marker-identity';
import type { ReviewRecord } from '../../../storage/records';
import { exportReviewFile } from '../../../storage/review-file-export';
import { mergeReviewFile } from '../../../storage/review-merge';
import { readSetting, writeSetting } from '../../../storage/settings-repository';
import { errorDetail } from '../../../ui/error-message';
import { Notice, type NoticeTone } from '../../../ui/Notice';
import { MergeReportView } from './MergeReportView';
import { TrainerNameForm } from './TrainerNameForm';

/**
 * Several trainers on one cohort: export this trainer's marks as a review file, and merge a colleague's. The
 * trainer's name goes into the file, so it is asked for (once, kept in settings) before the first export.
 */
export function ReviewMergePanel({ review }: { review: ReviewRecord }) {
  const { db, platform } = useServices();
  const { t } = useI18n();
  const id = useId();
  const [notice, setNotice] = useState<{ tone: NoticeTone; text: string } | null>(null);
  const [askingName, setAskingName] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Extract<MergeReport, { kind: 'merged' }> | null>(null);

  async function exportMarks(name?: string) {
    setNotice(null);
    try {
      if (name !== undefined) await writeSetting(db, 'trainerName', name);
      const trainerName = name ?? (await readSetting(db, 'trainerName'))?.trim();
      if (!trainerName) return setAskingName(true);
      setAskingName(false);
      const markerId = await ensureMarkerId(db);
      const file = await exportReviewFile(db, review, { markerId, name: trainerName });
      if (file.marked === 0) return setNotice({ tone: 'info', text: t('reviewMerge.nothingToExport') });
      const saved = await platform.saveFile({
        title: t('reviewMerge.saveTitle'),
        suggestedName: file.fileName,
        filters: [{ name: t('reviewMerge.filter'), extensions: [REVIEW_FILE_EXTENSION] }],
        bytes: file.bytes,
      });
      if (saved.saved) {
        setNotice({
          tone: 'success',
          text: t('reviewMerge.exported', { name: saved.name, count: file.marked }),
        });
      }
    } catch (error) {
      setNotice({ tone: 'error', text: t('reviewMerge.notExported', { detail: errorDetail(error) }) });
    }
  }

  async function importMarks() {
    setNotice(null);
    setReport(null);
    try {
      const file = await platform.openFile({
        title: t('reviewMerge.import'),
        filters: [{ name: t('reviewMerge.filter'), extensions: [REVIEW_FILE_EXTENSION] }],
      });
      if (!file) return;
      setBusy(true);
      const result = await mergeReviewFile(db, review, file.bytes, await ensureMarkerId(db));
      if (result.kind === 'merged') setReport(result);
      else if (result.kind === 'ownFile') setNotice({ tone: 'info', text: t('reviewMerge.ownFile') });
      else {
        const reason = t(`reviewMerge.refused.${result.reason}`);
        setNotice({ tone: 'error', text: t('reviewMerge.refusedFile', { reason }) });
      }
    } catch (error) {
      setNotice({ tone: 'error', text: t('reviewMerge.notRead', { detail: errorDetail(error) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="review-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review-section__title">
        {t('reviewMerge.title')}
      </h2>
      <p className="review-section__text">{t('reviewMerge.intro')}</p>
      <div className="review-section__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportMarks()}>
          {t('reviewMerge.export')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void importMarks()}>
          {t('reviewMerge.import')}
        </button>
      </div>
      {askingName && (
        <TrainerNameForm onName={(name) => void exportMarks(name)} onCancel={() => setAskingName(false)} />
      )}
      {busy && <p role="status">{t('reviewMerge.importing')}</p>}
      {notice && (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      )}
      {report && <MergeReportView report={report} onDismiss={() => setReport(null)} />}
    </section>
  );
}
