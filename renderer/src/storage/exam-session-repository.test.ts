import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkTimeline } from '../domain/timeline/timeline';
import type { CaseDraftDatabase } from './database';
import { ExamLockedError, findDraft, saveDraftDocument } from './draft-repository';
import {
  examHeartbeat,
  findExamSession,
  grantExtraTime,
  lockExam,
  recordExamWarning,
  startExam,
} from './exam-session-repository';
import { createTestDatabase } from './test-database';
import { listTimeline } from './timeline-repository';

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

const key = 'p/c';
const identity = { key, packId: 'p', caseId: 'c', packVersion: 1, templateId: 'civil-decision' };
const at = (minutes: number) => new Date(Date.parse('2026-03-01T09:00:00Z') + minutes * 60_000);
const kinds = async () => (await listTimeline(db, key)).map((link) => link.kind);

describe('an exam session', () => {
  it('starts once, even when a second window starts it too, and records the start in the timeline', async () => {
    const first = await startExam(db, key, 180, at(0));
    const second = await startExam(db, key, 180, at(1));
    expect(second).toEqual(first);
    expect(await findExamSession(db, key)).toMatchObject({
      startedAt: at(0).toISOString(),
      durationMinutes: 180,
      extraMinutes: 0,
    });
    expect(await kinds()).toEqual(['examStart']);
  });

  it('records a gap when the app comes back after a long silence, and none for a reload', async () => {
    await startExam(db, key, 180, at(0));
    expect(await examHeartbeat(db, key, true, new Date(at(0).getTime() + 5_000))).toBeUndefined();
    expect(await examHeartbeat(db, key, true, at(5))).toBe(295);
    const gap = (await listTimeline(db, key)).at(-1);
    expect(gap).toMatchObject({ kind: 'examGap', seconds: 295 });
    expect((await findExamSession(db, key))?.lastSeenAt).toBe(at(5).toISOString());
  });

  it('adds extra time, and counts the warnings already passed at the new time left as given', async () => {
    await startExam(db, key, 180, at(0));
    await recordExamWarning(db, key, 5, 3 * 60_000, at(177));
    expect(await grantExtraTime(db, key, 10, at(177))).toBe(true);
    expect(await findExamSession(db, key)).toMatchObject({ extraMinutes: 10, warnedMinutes: 30 });
    expect(await grantExtraTime(db, key, 60, at(178))).toBe(true);
    const session = await findExamSession(db, key);
    expect(session?.extraMinutes).toBe(70);
    expect(session?.warnedMinutes).toBeUndefined();
    expect(await kinds()).toEqual(['examStart', 'examWarning', 'examExtraTime', 'examExtraTime']);
    expect((await listTimeline(db, key))[1]).toMatchObject({ minutesLeft: 3 });
  });

  it('locks once at zero, records the end and the lock, and then refuses extra time', async () => {
    await startExam(db, key, 180, at(0));
    expect(await lockExam(db, key, at(180))).toBe(true);
    expect(await lockExam(db, key, at(181))).toBe(false);
    expect((await findExamSession(db, key))?.lockedAt).toBe(at(180).toISOString());
    expect(await grantExtraTime(db, key, 10, at(182))).toBe(false);
    expect(await kinds()).toEqual(['examStart', 'examEnd', 'examLocked']);
    expect(await checkTimeline(await listTimeline(db, key))).toEqual({ holds: true });
  });
});

describe('saving the draft of a locked exam', () => {
  it('is refused, and the locked text stays as it was', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    await startExam(db, key, 180, at(0));
    expect(await saveDraftDocument(db, identity, { documentJson: '{"v":2}' }, 1)).toBe(2);
    await lockExam(db, key, at(180));
    await expect(saveDraftDocument(db, identity, { documentJson: '{"v":3}' }, 2)).rejects.toBeInstanceOf(
      ExamLockedError,
    );
    expect(await findDraft(db, key)).toMatchObject({ revision: 2, document: { v: 2 } });
  });

  it('still works for a running exam and for other cases', async () => {
    await startExam(db, key, 180, at(0));
    await startExam(db, 'p/other', 90, at(0));
    await lockExam(db, 'p/other', at(90));
    expect(await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0)).toBe(1);
  });
});
