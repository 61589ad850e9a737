import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkSheet } from '../../../domain/review/marks';
import { SAVED_WITHIN_MS } from '../../../storage/autosave';
import type { CaseDraftDatabase } from '../../../storage/database';
import { marksRescue } from '../../../storage/marks-rescue';
import { InvalidMarksError, loadMarks, saveMarks } from '../../../storage/review-marks-repository';
import { createTestDatabase } from '../../../storage/test-database';
import { installTestLocalStorage } from '../../../storage/test-local-storage';
import { scored, testRubric, windowA, windowB } from '../../../storage/test-marks';
import { MarkSheetSession, type MarkSheetView } from './mark-sheet-session';

const digest = 'ab12';
const reviewKey = 'p/c@1';
const windowC = '5c4b3a29-1807-4f6e-8d5c-4b3a29180706';

let db: CaseDraftDatabase;
beforeEach(() => {
  installTestLocalStorage();
  db = createTestDatabase();
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

/** A marking screen open in one window: its session and what it last showed. */
async function openIn(writer: string) {
  const shown: { view: MarkSheetView | undefined } = { view: undefined };
  const session = new MarkSheetSession({
    db,
    digest,
    reviewKey,
    rubric: testRubric,
    writer,
    onChange: (view) => {
      shown.view = view;
    },
  });
  await session.open();
  return { session, shown };
}

const setForm = (points: number) => (sheet: MarkSheet) => ({
  ...sheet,
  criteria: { ...sheet.criteria, ...scored({ form: points }).criteria },
});

describe('a marking session', () => {
  it('saves a change within a second, without being asked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { session, shown } = await openIn(windowA);
    session.update(setForm(7.5));
    await vi.advanceTimersByTimeAsync(SAVED_WITHIN_MS);
    // The save started within that (fake) time; its IndexedDB work runs on real tasks, with the clock stopped.
    for (let task = 0; task < 10_000 && shown.view?.status.state !== 'saved'; task++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await loadMarks(db, digest))?.sheet).toEqual(scored({ form: 7.5 }));
  });

  it('never saves over another window’s marks: it shows them and keeps its own aside', async () => {
    const a = await openIn(windowA);
    const b = await openIn(windowB);
    b.session.update(setForm(3));
    await b.session.flush();
    a.session.update(setForm(9));
    await a.session.flush();

    expect(a.shown.view?.sheet).toEqual(scored({ form: 3 }));
    expect(a.shown.view?.keptAside.map(({ sheet }) => sheet)).toEqual([scored({ form: 9 })]);
    const stored = await loadMarks(db, digest);
    expect(stored?.sheet).toEqual(scored({ form: 3 }));
    expect(stored?.keptAside?.map(({ sheet }) => sheet)).toEqual([scored({ form: 9 })]);

    // The window that lost the race saves on from the other's marks, and restoring puts its own back.
    await a.session.restoreKeptAside(0);
    expect(a.shown.view?.sheet).toEqual(scored({ form: 9 }));
    expect(a.shown.view?.keptAside.map(({ sheet }) => sheet)).toEqual([scored({ form: 3 })]);
    expect((await loadMarks(db, digest))?.sheet).toEqual(scored({ form: 9 }));
    await a.session.discardKeptAside(0);
    expect(a.shown.view?.keptAside).toEqual([]);
  });

  it('says so when a choice about kept-aside marks cannot be stored, and keeps both versions', async () => {
    const a = await openIn(windowA);
    const b = await openIn(windowB);
    b.session.update(setForm(3));
    await b.session.flush();
    a.session.update(setForm(9));
    await a.session.flush();

    const full = new DOMException('The disk is full', 'QuotaExceededError');
    db.reviewMarks.hook('updating', () => {
      throw full;
    });
    await a.session.discardKeptAside(0);
    expect(a.shown.view?.keptAsideFailure).toBeDefined();
    expect(a.shown.view?.keptAside.map(({ sheet }) => sheet)).toEqual([scored({ form: 9 })]);
    expect((await loadMarks(db, digest))?.keptAside?.map(({ sheet }) => sheet)).toEqual([
      scored({ form: 9 }),
    ]);
  });

  it('refuses a score the rubric does not allow, keeping the sheet as it was', async () => {
    const { session, shown } = await openIn(windowA);
    session.update(setForm(4));
    expect(() => session.update(setForm(10.5))).toThrow(InvalidMarksError);
    expect(shown.view?.sheet).toEqual(scored({ form: 4 }));
  });
});

describe('marks typed just before the page unloaded', () => {
  it('are put back on the next open and saved', async () => {
    const closing = await openIn(windowA);
    closing.session.update(setForm(6));
    closing.session.rescue(); // the page unloads before the save could run

    const reopened = await openIn(windowB);
    expect(reopened.shown.view?.sheet).toEqual(scored({ form: 6 }));
    await reopened.session.flush();
    expect((await loadMarks(db, digest))?.sheet).toEqual(scored({ form: 6 }));
    expect(marksRescue.readAll(digest)).toEqual([]);
  });

  it('typed over marks another window has since saved are kept aside, not put over them', async () => {
    const closing = await openIn(windowA);
    closing.session.update(setForm(6));
    closing.session.rescue();
    await saveMarks(db, {
      digest,
      reviewKey,
      sheet: scored({ form: 2 }),
      expectedRevision: 0,
      writerId: windowB,
      rubric: testRubric,
    });

    const reopened = await openIn(windowC);
    expect(reopened.shown.view?.sheet).toEqual(scored({ form: 2 }));
    expect(reopened.shown.view?.keptAside.map(({ sheet }) => sheet)).toEqual([scored({ form: 6 })]);
    expect(marksRescue.readAll(digest)).toEqual([]);
  });

  it('are dropped when they are not marks this rubric allows', async () => {
    marksRescue.write(digest, scored({ form: 99 }), { baseRevision: 0, writer: windowA });
    const reopened = await openIn(windowB);
    expect(reopened.shown.view?.sheet).toEqual(scored({}));
    expect(marksRescue.readAll(digest)).toEqual([]);
  });

  it('are kept aside once when the screen opens twice at once (React’s StrictMode mounts twice)', async () => {
    marksRescue.write(digest, scored({ form: 6 }), { baseRevision: 0, writer: windowA });
    await saveMarks(db, {
      digest,
      reviewKey,
      sheet: scored({ form: 2 }),
      expectedRevision: 0,
      writerId: windowB,
      rubric: testRubric,
    });
    const first = new MarkSheetSession({
      db,
      digest,
      reviewKey,
      rubric: testRubric,
      writer: windowB,
      onChange: () => undefined,
    });
    const opening = first.open();
    await first.close();
    const second = await openIn(windowC);
    await opening;
    expect(second.shown.view?.keptAside.map(({ sheet }) => sheet)).toEqual([scored({ form: 6 })]);
    expect((await loadMarks(db, digest))?.keptAside).toHaveLength(1);
  });
});
