// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../storage/test-database';
import { mountPage } from './marking-test-kit';
import { MarksStatus } from './MarksStatus';

describe('the save line of the marking screen', () => {
  let page: ReturnType<typeof mountPage>;
  beforeEach(() => {
    page = mountPage(createTestDatabase());
  });
  afterEach(() => page.unmount());

  const line = () => page.container.querySelector('[role="status"]')?.textContent;
  const noop = () => undefined;

  it('says the marks are saved when every score was accepted', () => {
    page.render(
      <MarksStatus status={{ state: 'saved', at: null }} keptAside={[]} onRestore={noop} onDiscard={noop} />,
    );
    expect(line()).toBe('Оценки сохранены');
  });

  it('says plainly that a score was not accepted, never «saved», while a field holds a refused score', () => {
    page.render(
      <MarksStatus
        status={{ state: 'saved', at: null }}
        keptAside={[]}
        refusedScores={['Форма и реквизиты']}
        onRestore={noop}
        onDiscard={noop}
      />,
    );
    expect(line()).toContain('Балл не принят: Форма и реквизиты');
    expect(line()).not.toContain('сохранены');
  });

  it('says nothing about saving on an earlier version, open only to be read', () => {
    page.render(
      <MarksStatus
        status={{ state: 'saved', at: null }}
        readOnly
        keptAside={[]}
        onRestore={noop}
        onDiscard={noop}
      />,
    );
    expect(page.container.textContent).toBe('');
  });
});
