// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { b } from '../../domain/act/test-builders';
import { ActViewPreparer, type ActViewSpec } from './prepared-act-views';

const idle: (() => void)[] = [];
beforeEach(() => {
  idle.length = 0;
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.splice(handle - 1, 1, () => undefined));
});
afterEach(() => vi.unstubAllGlobals());

function specOf(text: string, label = 'Работа A-01'): ActViewSpec {
  const doc = b.doc(
    { template: 'civil-decision', language: 'ru' },
    b.part({ id: 'reasoning' }, b.part_heading({ text: 'Мотивировочная часть' }), b.paragraph(text)),
  );
  return {
    doc,
    label,
    className: 'marked-act__act',
    caret: true,
    materials: [],
    brokenLabel: 'Нет материала',
  };
}

describe('building the next act view while the page is idle', () => {
  it('builds it off the page once idle, and hands it over once, for the same act and label only', () => {
    const preparer = new ActViewPreparer();
    const spec = specOf('Суд установил, что договор заключён.');
    preparer.prepareWhenIdle(spec);
    expect(preparer.take(spec)).toBeUndefined();
    for (const run of idle.splice(0)) run();

    expect(preparer.take({ ...spec, label: 'Работа A-02' })).toBeUndefined();
    expect(preparer.take(specOf('Суд установил, что договор заключён.'))).toBeUndefined();
    const taken = preparer.take(spec);
    expect(taken?.controller.view.dom.isConnected).toBe(false);
    expect(taken?.controller.view.dom.textContent).toContain('Суд установил, что договор заключён.');
    expect(taken?.controller.view.dom.getAttribute('aria-label')).toBe('Работа A-01');
    expect(preparer.take(spec)).toBeUndefined();
    taken?.controller.destroy();
  });

  it('builds nothing once cancelled, and lets go of a view not taken when another is prepared', () => {
    const preparer = new ActViewPreparer();
    const first = specOf('Первая работа.');
    preparer.prepareWhenIdle(first)();
    for (const run of idle.splice(0)) run();
    expect(preparer.take(first)).toBeUndefined();

    preparer.prepareWhenIdle(first);
    for (const run of idle.splice(0)) run();
    const second = specOf('Вторая работа.');
    preparer.prepareWhenIdle(second);
    for (const run of idle.splice(0)) run();
    expect(preparer.take(first)).toBeUndefined();
    expect(preparer.take(second)?.controller.view.dom.textContent).toContain('Вторая работа.');
    preparer.dispose();
  });
});
