// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { parseRoute } from '../../app/route';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { QueueEntry } from '../../storage/review-repository';
import { QueueTable } from './QueueTable';
import { readQueueState, rememberMarkedSubmission } from './queue-state';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const REVIEW = 'civil-loan-karaganda/loan-dispute@3';

function entry(code: string, digest: string, fields: Partial<QueueEntry> = {}): QueueEntry {
  return {
    digest,
    reviewKey: REVIEW,
    participantKey: code,
    participantName: `Имя ${code}`,
    anonymousCode: code,
    exportedAt: '2026-11-20T12:00:00.000Z',
    importedAt: '2026-11-21T09:00:00.000Z',
    fileName: `${code}.cdsub`,
    wordCount: 100,
    missingRequisites: 0,
    emptyParts: 0,
    status: 'not-started',
    versions: 1,
    ...fields,
  };
}

const QUEUE = [
  entry('K7QX2', 'a'.repeat(64), { total: 72.5, status: 'marked' }),
  entry('B3MZ9', 'b'.repeat(64)),
  entry('R8TW4', 'c'.repeat(64), { total: 40, status: 'in-progress' }),
];

describe('the queue table', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    sessionStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() =>
      root.render(
        <I18nProvider initialLocale="ru">
          <QueueTable entries={QUEUE} reviewKey={REVIEW} showNames={false} labelledBy="queue" />
        </I18nProvider>,
      ),
    );
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const rows = () =>
    [...container.querySelectorAll('tbody tr')].map((row) => row.querySelector('th')?.textContent ?? '');

  it('opens each participant’s submission for marking from a link in the participant cell', () => {
    const links = [...container.querySelectorAll<HTMLAnchorElement>('tbody th a')];
    expect(links.map((link) => link.textContent)).toEqual(['B3MZ9', 'K7QX2', 'R8TW4']);
    expect(parseRoute(links[1]?.getAttribute('href') ?? '')).toEqual({
      screen: 'marking',
      reviewKey: REVIEW,
      digest: 'a'.repeat(64),
    });
    // A link: reached with Tab and opened with Enter, as any link is.
    expect(links.every((link) => link.tabIndex === 0)).toBe(true);
  });

  it('brings the trainer back to the row of the work they were marking, in view and focused, once', () => {
    const scrolled: Element[] = [];
    // jsdom lays nothing out, so has no scrollIntoView: record what the table asks to bring into view.
    const jsdomScroll = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
    onTestFinished(() => {
      if (jsdomScroll) Object.defineProperty(Element.prototype, 'scrollIntoView', jsdomScroll);
      else delete (Element.prototype as Partial<Element>).scrollIntoView;
    });
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    act(() => root.unmount());
    rememberMarkedSubmission(REVIEW, 'c'.repeat(64));
    const render = () =>
      act(() =>
        root.render(
          <I18nProvider initialLocale="ru">
            <QueueTable entries={QUEUE} reviewKey={REVIEW} showNames={false} labelledBy="queue" />
          </I18nProvider>,
        ),
      );
    root = createRoot(container);
    render();
    expect(document.activeElement?.textContent).toBe('R8TW4');
    expect(scrolled.map((element) => element.textContent)).toEqual(['R8TW4']);
    // Opened again later without marking in between, the queue starts at its top as usual.
    act(() => root.unmount());
    root = createRoot(container);
    render();
    expect(scrolled).toHaveLength(1);
  });

  it('leads from the number of versions to the earlier one, where a participant sent more than one', () => {
    act(() =>
      root.render(
        <I18nProvider initialLocale="ru">
          <QueueTable
            entries={[
              ...QUEUE,
              entry('M4PL7', 'd'.repeat(64), { versions: 2, previousVersion: 'e'.repeat(64) }),
            ]}
            reviewKey={REVIEW}
            showNames={false}
            labelledBy="queue"
          />
        </I18nProvider>,
      ),
    );
    const versionCells = [...container.querySelectorAll('tbody tr')].map((row) => row.lastElementChild);
    const links = versionCells.flatMap((cell) => [...(cell?.querySelectorAll('a') ?? [])]);
    expect(links).toHaveLength(1);
    expect(links[0]?.textContent).toBe('2');
    expect(links[0]?.getAttribute('aria-label')).toBe('Версий: 2. Открыть более раннюю');
    expect(parseRoute(links[0]?.getAttribute('href') ?? '')).toEqual({
      screen: 'marking',
      reviewKey: REVIEW,
      digest: 'e'.repeat(64),
    });
  });

  it('shows each total, sorts by it, and keeps that order for the marking screen', () => {
    const totals = [...container.querySelectorAll('tbody tr')].map((row) => row.children[2]?.textContent);
    expect(totals).toEqual(['—ещё не оценена', '72,5', '40']);
    const totalHeader = [...container.querySelectorAll<HTMLButtonElement>('thead button')].find((button) =>
      button.textContent?.startsWith('Итог'),
    );
    act(() => totalHeader?.click());
    act(() => totalHeader?.click());
    expect(rows()).toEqual(['K7QX2', 'R8TW4', 'B3MZ9']);
    expect(readQueueState(REVIEW).sort).toEqual({ column: 'total', direction: 'descending' });
  });
});
