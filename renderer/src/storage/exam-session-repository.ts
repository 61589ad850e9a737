import { gapSeconds, minutesLeft, remainingMs, warningPassed } from '../domain/exam/exam-clock';
import type { CaseDraftDatabase } from './database';
import type { ExamSessionRecord } from './records';
import { appendTimeline } from './timeline-repository';

/**
 * A timed case's exam session: started on purpose, its warnings, extra time, heartbeats and the lock at zero. Each
 * event also goes into the draft's writing timeline (the draft's key is the case's), so the trainer sees it.
 */

export function findExamSession(
  db: CaseDraftDatabase,
  caseKey: string,
): Promise<ExamSessionRecord | undefined> {
  return db.examSessions.get(caseKey);
}

/** Starts the exam unless one was already started for this case (another window did): returns the session. */
export async function startExam(
  db: CaseDraftDatabase,
  caseKey: string,
  durationMinutes: number,
  now = new Date(),
): Promise<ExamSessionRecord> {
  const at = now.toISOString();
  const session: ExamSessionRecord = {
    caseKey,
    startedAt: at,
    durationMinutes,
    extraMinutes: 0,
    lastSeenAt: at,
  };
  const started = await db.transaction('rw', db.examSessions, async () => {
    const existing = await db.examSessions.get(caseKey);
    if (existing) return existing;
    await db.examSessions.add(session);
    return undefined;
  });
  if (started) return started;
  await appendTimeline(db, caseKey, { at, kind: 'examStart', minutes: durationMinutes });
  return session;
}

/**
 * Notes that the app is open and the exam running. On the first heartbeat after opening the case (`reopening`), a
 * silence longer than a reload's is recorded as a gap, and its seconds returned: the clock ran on while the app was
 * away (closed, crashed, the computer asleep).
 */
export async function examHeartbeat(
  db: CaseDraftDatabase,
  caseKey: string,
  reopening: boolean,
  now = new Date(),
): Promise<number | undefined> {
  const session = await db.examSessions.get(caseKey);
  if (!session || session.lockedAt) return undefined;
  const at = now.toISOString();
  await db.examSessions.update(caseKey, { lastSeenAt: at });
  const seconds = reopening ? gapSeconds(session.lastSeenAt, now.getTime()) : undefined;
  if (seconds !== undefined) await appendTimeline(db, caseKey, { at, kind: 'examGap', seconds });
  return seconds;
}

/** Records that the trainee was warned with `warning` (one of WARNING_MINUTES) at `remaining` ms left. */
export async function recordExamWarning(
  db: CaseDraftDatabase,
  caseKey: string,
  warning: number,
  remaining: number,
  now = new Date(),
): Promise<void> {
  await db.examSessions.update(caseKey, { warnedMinutes: warning });
  await appendTimeline(db, caseKey, {
    at: now.toISOString(),
    kind: 'examWarning',
    minutesLeft: minutesLeft(remaining),
  });
}

/**
 * Adds the trainer's extra time. Warnings already passed at the new time left count as given, so 13 minutes left
 * is not announced as the 30-minute warning; the next one comes at 10. Refused (false) once the exam is locked.
 */
export async function grantExtraTime(
  db: CaseDraftDatabase,
  caseKey: string,
  minutes: number,
  now = new Date(),
): Promise<boolean> {
  const granted = await db.transaction('rw', db.examSessions, async () => {
    const session = await db.examSessions.get(caseKey);
    if (!session || session.lockedAt) return false;
    const next = { ...session, extraMinutes: session.extraMinutes + minutes };
    const passed = warningPassed(remainingMs(next, now.getTime()));
    await db.examSessions.put({
      ...withoutWarned(next),
      ...(passed !== undefined && { warnedMinutes: passed }),
    });
    return true;
  });
  if (granted) await appendTimeline(db, caseKey, { at: now.toISOString(), kind: 'examExtraTime', minutes });
  return granted;
}

function withoutWarned({ warnedMinutes: _warned, ...session }: ExamSessionRecord): ExamSessionRecord {
  return session;
}

/**
 * Locks the draft when the time is up: from now on storage refuses every save of it (draft-repository.ts).
 * Returns false when it was locked already (another window got there first), so the end is recorded once.
 */
export async function lockExam(db: CaseDraftDatabase, caseKey: string, now = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const locked = await db.transaction('rw', db.examSessions, async () => {
    const session = await db.examSessions.get(caseKey);
    if (!session || session.lockedAt) return false;
    await db.examSessions.update(caseKey, { lockedAt: at, lastSeenAt: at });
    return true;
  });
  if (locked) {
    await appendTimeline(db, caseKey, { at, kind: 'examEnd' });
    await appendTimeline(db, caseKey, { at, kind: 'examLocked' });
  }
  return locked;
}
