// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCriterionMark, emptyMarkSheet } from '../../../domain/review/marks';
import { addBankComment } from '../../../storage/comment-bank-repository';
import { createTestDatabase } from '../../../storage/test-database';
import { focus, mountPage, PACK_ID, press, scoreField, typeInto, waitFor } from './marking-test-kit';

/**
 * The rubric panel and its comment bank as axe-core reads them: names, roles and their relations (jsdom draws
 * nothing, so contrast is checked end to end in Chromium, on the marking screen).
 */
async function seriousFindings(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('the rubric panel, to assistive technology', () => {
  let page: ReturnType<typeof mountPage>;
  beforeEach(() => {
    page = mountPage(createTestDatabase());
  });
  afterEach(() => page.unmount());

  it('names every field, button and list, with a proposal, a bank comment and a refused score shown', async () => {
    const db = page.db;
    const entry = await addBankComment(db, {
      packId: PACK_ID,
      criterionId: 'form',
      text: 'Нет даты решения.',
    });
    page.renderPanels([
      {
        review: 'a',
        initial: {
          ...emptyMarkSheet(),
          criteria: { form: { ...emptyCriterionMark(), bankComments: [entry.id] } },
        },
        proposals: [{ criterionId: 'norms', comment: 'Не указана ст. 224 ГПК РК.' }],
      },
    ]);
    await waitFor(() => expect(page.container.textContent).toContain(entry.text));
    typeInto(scoreField(page.container, 2), '7,25');
    expect(await seriousFindings()).toEqual([]);

    focus(scoreField(page.container, 0));
    press('B', { ctrlKey: true, shiftKey: true, keyCode: 66 });
    typeInto(document.activeElement as HTMLInputElement, 'нет');
    await waitFor(() => expect(document.querySelectorAll('[role="option"]')).toHaveLength(1));
    expect(await seriousFindings()).toEqual([]);
  });
});
