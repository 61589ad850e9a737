import { useEffect, useRef, useState } from 'react';
import { HEARTBEAT_MS, remainingMs, warningDue } from '../../../domain/exam/exam-clock';
import type { CaseDraftDatabase } from '../../../storage/database';
import { examHeartbeat, recordExamWarning } from '../../../storage/exam-session-repository';
import type { ExamSessionRecord } from '../../../storage/records';
import { logExamFailure } from './log-exam-failure';

interface ExamClockState {
  /** Milliseconds left, as of the last tick. */
  remaining: number;
  /** The last warning given in this window (ms left when it was given); undefined before the first. */
  warnedAt: number | undefined;
  /** Seconds the app was away before this opening, when that was longer than a reload. */
  gap: number | undefined;
}

/**
 * Runs a started exam in this window: the countdown's tick, the heartbeat that lets the next opening measure a gap,
 * the warnings, and `onTimeUp` once when the time left reaches zero (at once when it ran out while the app was away).
 */
export function useExamClock(
  db: CaseDraftDatabase,
  session: ExamSessionRecord,
  onTimeUp: () => void,
): ExamClockState {
  const [now, setNow] = useState(() => Date.now());
  const [warnedAt, setWarnedAt] = useState<number>();
  const [gap, setGap] = useState<number>();
  const running = !session.lockedAt;
  const { caseKey } = session;
  /** The last warning asked for here: the session read back from the database lags behind it by a moment. */
  const warned = useRef<number | undefined>(undefined);
  const extraSeen = useRef(session.extraMinutes);
  const timeUpCalled = useRef(false);
  const timeUp = useRef(onTimeUp);
  useEffect(() => {
    timeUp.current = onTimeUp;
  });

  useEffect(() => {
    if (!running) return;
    void examHeartbeat(db, caseKey, true).then((seconds) => setGap(seconds), logExamFailure);
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const heartbeat = setInterval(
      () => void examHeartbeat(db, caseKey, false).catch(logExamFailure),
      HEARTBEAT_MS,
    );
    return () => {
      clearInterval(tick);
      clearInterval(heartbeat);
    };
  }, [db, caseKey, running]);

  const remaining = remainingMs(session, now);
  useEffect(() => {
    if (!running) return;
    if (remaining <= 0) {
      if (!timeUpCalled.current) {
        timeUpCalled.current = true;
        timeUp.current();
      }
      return;
    }
    // Extra time sets the last warning anew (grantExtraTime): the stored one then holds, and an old banner goes.
    if (extraSeen.current !== session.extraMinutes) {
      extraSeen.current = session.extraMinutes;
      warned.current = undefined;
      setWarnedAt(undefined);
    }
    const lastWarned = Math.min(session.warnedMinutes ?? Infinity, warned.current ?? Infinity);
    const due = warningDue(remaining, Number.isFinite(lastWarned) ? lastWarned : undefined);
    if (due === undefined) return;
    warned.current = due;
    setWarnedAt(remaining);
    void recordExamWarning(db, caseKey, due, remaining).catch(logExamFailure);
  }, [db, caseKey, running, remaining, session.warnedMinutes, session.extraMinutes]);

  return { remaining, warnedAt, gap };
}
