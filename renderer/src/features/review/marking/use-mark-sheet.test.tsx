// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServicesProvider, type AppServices } from '../../../app/services';
import type { MarkSheet } from '../../../domain/review/marks';
import type { CaseDraftDatabase } from '../../../storage/database';
import { marksRescue } from '../../../storage/marks-rescue';
import { loadMarks, saveMarks } from '../../../storage/review-marks-repository';
import { createTestDatabase } from '../../../storage/test-database';
import { scored, testRubric, windowB } from '../../../storage/test-marks';
import { useMarkSheet, type MarkSheetState } from './use-mark-sheet';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const digest = 'ab12';
const reviewKey = 'p/c@1';

/** The hook as a marking screen uses it, handing on what it returned at each render. */
function Marking({ onRender }: { onRender: (state: MarkSheetState) => void }) {
  const state = useMarkSheet({ digest, reviewKey, rubric: testRubric });
  useEffect(() => {
    onRender(state);
  });
  return null;
}

const setForm = (points: number) => (sheet: MarkSheet) => ({
  ...sheet,
  criteria: { ...sheet.criteria, ...scored({ form: points }).criteria },
});

let db: CaseDraftDatabase;
let container: HTMLElement;
let root: Root;
const marks: { current: MarkSheetState | null } = { current: null };

function mount() {
  root = createRoot(container);
  // The hook reads the database alone of the services.
  const services = { db } as unknown as AppServices;
  act(() =>
    root.render(
      <ServicesProvider services={services}>
        <Marking onRender={(state) => (marks.current = state)} />
      </ServicesProvider>,
    ),
  );
}

/** Lets IndexedDB and React work until `done` holds (waits for a state, never for a time). */
async function until(done: () => boolean): Promise<void> {
  for (let task = 0; task < 10_000 && !done(); task++) {
    await act(() => new Promise((resolve) => setImmediate(resolve)));
  }
  expect(done()).toBe(true);
}

beforeEach(async () => {
  localStorage.clear();
  db = createTestDatabase();
  container = document.body.appendChild(document.createElement('div'));
  mount();
  await until(() => marks.current?.sheet !== null);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  db.close();
});

describe('useMarkSheet', () => {
  it('saves a change as soon as the window loses focus', async () => {
    act(() => marks.current?.update(setForm(7.5)));
    expect(marks.current?.sheet).toEqual(scored({ form: 7.5 }));
    act(() => void window.dispatchEvent(new Event('blur')));
    await until(() => marks.current?.status.state === 'saved');
    expect((await loadMarks(db, digest))?.sheet).toEqual(scored({ form: 7.5 }));
  });

  it('copies unsaved marks as the page unloads, and puts them back on the next open', async () => {
    act(() => marks.current?.update(setForm(6)));
    // The page goes: the copy is written at once, and the save started alongside is cut off with the page.
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
      db.close();
    });
    expect(marksRescue.readAll(digest).map(({ content }) => content.sheet)).toEqual([scored({ form: 6 })]);
    act(() => root.unmount());

    db = createTestDatabase(); // what the disk held: nothing of these marks
    mount();
    await until(() => marks.current?.sheet !== null);
    expect(marks.current?.sheet).toEqual(scored({ form: 6 }));
    await act(() => marks.current?.flush());
    expect((await loadMarks(db, digest))?.sheet).toEqual(scored({ form: 6 }));
  });

  it('shows another window’s marks when they overtook this window’s, and offers this window’s back', async () => {
    await saveMarks(db, {
      digest,
      reviewKey,
      sheet: scored({ form: 2 }),
      expectedRevision: 0,
      writerId: windowB,
      rubric: testRubric,
    });
    act(() => marks.current?.update(setForm(9)));
    await act(() => marks.current?.flush());
    expect(marks.current?.sheet).toEqual(scored({ form: 2 }));
    expect(marks.current?.keptAside.map(({ sheet }) => sheet)).toEqual([scored({ form: 9 })]);

    act(() => marks.current?.restoreKeptAside(0));
    await until(() => marks.current?.sheet?.criteria['form']?.points === 9);
    expect((await loadMarks(db, digest))?.sheet).toEqual(scored({ form: 9 }));
    expect(marks.current?.keptAside.map(({ sheet }) => sheet)).toEqual([scored({ form: 2 })]);
  });
});
