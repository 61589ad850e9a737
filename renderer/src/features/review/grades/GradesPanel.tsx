import { useId, useState } from 'react';
import { useServices } from '../../../app/services';
import { breakdownCsv, gradesCsv } from '../../../domain/review/grades-csv';
import { fillWorksheet, readWorksheet } from '../../../domain/review/moodle-worksheet';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ReviewRecord } from '../../../storage/records';
import { loadReviewGrades } from '../../../storage/review-grades';
import { errorDetail } from '../../../ui/error-message';
import { Notice } from '../../../ui/Notice';
import { gradedParticipants, gradesHeadings, worksheetParticipants } from './grade-rows';
import { SaveGradesDialog } from './SaveGradesDialog';
import { WorksheetReport, type FilledWorksheetFile } from './WorksheetReport';

type Sheet = 'grades' | 'breakdown';

/**
 * Grades out of the review: the grade sheet and the breakdown by criterion as CSV (codes, unless the trainer
 * chooses names in the dialog, which says they will be written), and Moodle's offline grading worksheet filled in
 * place. The marks are read when a file is made, so it always holds the marks as they are.
 */
export function GradesPanel({ review, showNames }: { review: ReviewRecord; showNames: boolean }) {
  const { db, platform } = useServices();
  const { t, locale } = useI18n();
  const id = useId();
  const [choosing, setChoosing] = useState<Sheet | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [worksheet, setWorksheet] = useState<FilledWorksheetFile | null>(null);
  const rubric = review.case.rubric ?? [];

  async function saveSheet(sheet: Sheet, withNames: boolean) {
    setChoosing(null);
    try {
      const grades = await loadReviewGrades(db, review);
      const input = {
        locale,
        rubric,
        participants: gradedParticipants(grades, withNames, locale),
        bankTexts: grades.bankTexts,
        headings: gradesHeadings(t),
      };
      const csv = sheet === 'grades' ? gradesCsv(input) : breakdownCsv(input);
      const result = await platform.saveFile({
        title: t('grades.saveTitle'),
        suggestedName: `${sheet}-${review.caseId}.csv`,
        filters: [{ name: t('grades.csvFilter'), extensions: ['csv'] }],
        bytes: new TextEncoder().encode(csv),
      });
      if (result.saved) setNotice({ ok: true, text: t('grades.saved', { name: result.name }) });
    } catch (error) {
      setNotice({ ok: false, text: t('grades.notSaved', { detail: errorDetail(error) }) });
    }
  }

  async function fillMoodleWorksheet() {
    setNotice(null);
    try {
      const opened = await platform.openFile({
        title: t('grades.openWorksheetTitle'),
        filters: [{ name: t('grades.csvFilter'), extensions: ['csv'] }],
      });
      if (!opened) return;
      const check = readWorksheet(opened.bytes);
      if (!check.ok) {
        setWorksheet(null);
        setNotice({
          ok: false,
          text: t('grades.refused', { reason: t(`grades.refused.${check.reason}`) }),
        });
        return;
      }
      const grades = await loadReviewGrades(db, review);
      const participants = worksheetParticipants(t, grades, rubric, showNames, check.worksheet.decimalMark);
      setWorksheet({
        name: opened.name,
        hasFeedbackColumn: check.worksheet.columns.feedback !== undefined,
        filled: fillWorksheet(check.worksheet, participants),
      });
    } catch (error) {
      setNotice({ ok: false, text: t('grades.notSaved', { detail: errorDetail(error) }) });
    }
  }

  return (
    <section className="review-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review-section__title">
        {t('grades.title')}
      </h2>
      <p className="review-section__text">{t('grades.text')}</p>
      <p className="review-section__text">
        <button type="button" className="button" onClick={() => setChoosing('grades')}>
          {t('grades.saveCsv')}
        </button>{' '}
        {t('grades.saveCsvHint')}
      </p>
      <p className="review-section__text">
        <button type="button" className="button" onClick={() => setChoosing('breakdown')}>
          {t('grades.saveBreakdown')}
        </button>{' '}
        {t('grades.saveBreakdownHint')}
      </p>
      <p className="review-section__text">
        <button type="button" className="button" onClick={() => void fillMoodleWorksheet()}>
          {t('grades.fillMoodle')}
        </button>{' '}
        {t('grades.fillMoodleHint')}
      </p>
      {notice && (
        <Notice tone={notice.ok ? 'success' : 'error'} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      )}
      {worksheet && (
        <WorksheetReport
          file={worksheet}
          showNames={showNames}
          onSaved={(text) => setNotice({ ok: true, text })}
          onFailed={(text) => setNotice({ ok: false, text })}
          onClose={() => setWorksheet(null)}
        />
      )}
      {choosing && (
        <SaveGradesDialog
          title={choosing === 'grades' ? t('grades.dialogTitle') : t('grades.dialogBreakdownTitle')}
          namesShown={showNames}
          onSave={(withNames) => void saveSheet(choosing, withNames)}
          onClose={() => setChoosing(null)}
        />
      )}
    </section>
  );
}
