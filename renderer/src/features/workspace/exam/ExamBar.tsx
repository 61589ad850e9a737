import './ExamBar.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useServices } from '../../../app/services';
import { formatRemaining, minutesLeft, URGENT_MINUTES } from '../../../domain/exam/exam-clock';
import { useActEditor } from '../../../editor/core/act-editor-context';
import { useI18n } from '../../../i18n/I18nProvider';
import { findExamSession, lockExam } from '../../../storage/exam-session-repository';
import type { CaseRecord, ExamSessionRecord } from '../../../storage/records';
import { ExtraTimeDialog } from './ExtraTimeDialog';
import { logExamFailure } from './log-exam-failure';
import { useExamClock } from './use-exam-clock';
import { useExamFile, type SubmissionSource } from './use-exam-file';

interface ExamBarProps {
  caseRecord: CaseRecord;
  /** Saves what is pending, so the lock and the file hold the last keystroke before zero. */
  flush: () => Promise<void>;
  readSubmission: SubmissionSource;
  onExported: () => void;
}

/**
 * A timed case's exam under the header: the countdown with its warnings while it runs, and once the time is up the
 * locked act's notice with its file. Nothing here takes the focus: the warnings are read out politely, so typing
 * goes on where it was.
 */
export function ExamBar({ caseRecord, flush, readSubmission, onExported }: ExamBarProps) {
  const { db } = useServices();
  const controller = useActEditor();
  const session = useLiveQuery(() => findExamSession(db, caseRecord.key), [db, caseRecord.key]);
  const file = useExamFile(readSubmission, onExported);
  const locked = Boolean(session?.lockedAt);

  // A locked exam stays locked when the case is opened again, or in a second window.
  useEffect(() => {
    if (locked) controller?.lock();
  }, [locked, controller]);

  if (!session) return null;
  if (!locked) {
    const timeUp = async () => {
      // The editor first, so no keystroke lands after zero; then the last ones are saved, and storage locks.
      controller?.lock();
      await flush();
      // A full disk may refuse the lock's record: the file is made all the same, as it may be all the trainee keeps
      // (the next opening tries the lock again). Another window that locked first has offered the file already.
      const lockedHere = await lockExam(db, caseRecord.key).catch((error: unknown) => {
        logExamFailure(error);
        return true;
      });
      if (lockedHere) await file.save();
    };
    return <RunningExam caseRecord={caseRecord} session={session} onTimeUp={() => void timeUp()} />;
  }
  return <LockedExam file={file} />;
}

function RunningExam({
  caseRecord,
  session,
  onTimeUp,
}: {
  caseRecord: CaseRecord;
  session: ExamSessionRecord;
  onTimeUp: () => void;
}) {
  const { db } = useServices();
  const { t } = useI18n();
  const { remaining, warnedAt, gap } = useExamClock(db, session, onTimeUp);
  const [askExtraTime, setAskExtraTime] = useState(false);
  const [granted, setGranted] = useState<number>();
  const extraTimeCheck = caseRecord.examCodes?.extraTime;
  const urgent = remaining <= URGENT_MINUTES * 60_000;

  return (
    <div className={urgent ? 'exam-bar exam-bar--urgent' : 'exam-bar'} data-exam-state="running">
      <span className="exam-bar__timer" role="timer" aria-label={t('exam.timerLabel')}>
        {t('exam.remaining', { time: formatRemaining(remaining) })}
      </span>
      {/* Always in the page, so a warning put in it is read out; polite, so it waits for the typing to pause. */}
      <p className="exam-bar__warning" role="status">
        {warnedAt !== undefined
          ? t('exam.warning', { minutes: minutesLeft(warnedAt) })
          : granted !== undefined && t('exam.extraTimeGranted', { minutes: granted })}
      </p>
      {gap !== undefined && (
        <p className="exam-bar__gap">{t('exam.gap', { minutes: Math.max(1, Math.round(gap / 60)) })}</p>
      )}
      {extraTimeCheck && (
        <button type="button" className="button button--small" onClick={() => setAskExtraTime(true)}>
          {t('exam.extraTime')}
        </button>
      )}
      {askExtraTime && extraTimeCheck && (
        <ExtraTimeDialog
          caseRecord={caseRecord}
          check={extraTimeCheck}
          onCancel={() => setAskExtraTime(false)}
          onGranted={(minutes) => {
            setAskExtraTime(false);
            setGranted(minutes);
          }}
        />
      )}
    </div>
  );
}

function LockedExam({ file }: { file: ReturnType<typeof useExamFile> }) {
  const { t } = useI18n();
  return (
    <div className="exam-bar exam-bar--locked" data-exam-state="locked">
      <p className="exam-bar__locked">{t('exam.locked')}</p>
      <p className="exam-bar__file" role="status">
        {file.message}
      </p>
      <button type="button" className="button button--small button--primary" onClick={() => void file.save()}>
        {t('exam.saveFile')}
      </button>
      {file.nameDialog}
    </div>
  );
}
