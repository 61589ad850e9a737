// @vitest-environment jsdom
import { act, createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidPoints } from '../../../domain/review/marks';
import { createTestDatabase } from '../../../storage/test-database';
import { button, click, focus, mountPage, press, scoreField, typeInto } from './marking-test-kit';
import type { RubricPanelHandle } from './RubricPanel';

describe('the rubric panel', () => {
  let page: ReturnType<typeof mountPage>;
  beforeEach(() => {
    page = mountPage(createTestDatabase());
  });
  afterEach(() => page.unmount());

  const totalText = () => page.container.querySelector('.rubric-total')?.textContent;
  const problem = () => page.container.querySelector('[role="alert"]')?.textContent ?? null;
  const points = (criterionId: string) => page.sheets.get('a')?.criteria[criterionId]?.points;

  it('takes a score with a point or a comma, in halves, and adds it to the total', () => {
    page.renderPanels([{ review: 'a' }]);
    typeInto(scoreField(page.container, 0), '7,5');
    typeInto(scoreField(page.container, 1), '10');
    expect(points('form')).toBe(7.5);
    expect(points('norms')).toBe(10);
    expect(problem()).toBeNull();
    expect(totalText()).toContain('17,5 из 45');
    expect(totalText()).toContain('оценено 2 из 3 критериев');
  });

  it('refuses any other score with a message, never stores it, and leaves the criterion unscored meanwhile', () => {
    page.renderPanels([{ review: 'a' }]);
    const field = scoreField(page.container, 0);
    const refusals: [typed: string, message: string][] = [
      ['7.25', 'целыми или с половиной'],
      ['10,5', 'не больше 10'],
      ['15', 'не больше 10'],
      ['-1', 'от 0 до 10'],
      ['семь', 'от 0 до 10'],
    ];
    for (const [typed, message] of refusals) {
      typeInto(field, '7');
      expect(points('form')).toBe(7);
      typeInto(field, typed);
      expect(problem()).toContain(message);
      expect(problem()).toContain('Не сохранено');
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.value).toBe(typed);
      expect(points('form')).toBeUndefined();
      expect(totalText()).toContain('0 из 45');
    }
    typeInto(field, '');
    expect(problem()).toBeNull();
    expect(points('form')).toBeUndefined();
    typeInto(field, '9,5');
    expect(points('form')).toBe(9.5);
    // Typed digit by digit, «15» passes by «1» on its way: that score does not stay once «15» is refused.
    typeInto(field, '1');
    typeInto(field, '15');
    expect(points('form')).toBeUndefined();
    const stored = page.madeSheets.flatMap((sheet) =>
      Object.values(sheet.criteria).map((mark) => mark.points),
    );
    expect(stored.filter((value) => value !== undefined && !isValidPoints(value, 10))).toEqual([]);
  });

  it('tells the screen which criteria hold a refused score, until they are corrected', () => {
    let refused: readonly string[] = [];
    page.renderPanels([{ review: 'a', onRefusedScores: (titles) => (refused = titles) }]);
    typeInto(scoreField(page.container, 0), '12');
    typeInto(scoreField(page.container, 1), '7,25');
    expect(refused).toEqual(['Форма и реквизиты', 'Нормы права']);
    typeInto(scoreField(page.container, 0), '9');
    expect(refused).toEqual(['Нормы права']);
    typeInto(scoreField(page.container, 1), '');
    expect(refused).toEqual([]);
  });

  it('waits for the decimal while a separator is typed, and refuses it when it is left without one', () => {
    page.renderPanels([{ review: 'a' }]);
    const field = scoreField(page.container, 0);
    typeInto(field, '7');
    typeInto(field, '7,');
    expect(problem()).toBeNull();
    expect(points('form')).toBe(7);
    typeInto(scoreField(page.container, 1), '3');
    expect(problem()).toContain('от 0 до 10');
    expect(points('form')).toBeUndefined();
  });

  it('shows a proposal as a proposal, not in the marks, until Enter in its score field accepts it', () => {
    const proposal = 'Во вводной части нет даты и места вынесения решения.';
    page.renderPanels([{ review: 'a', proposals: [{ criterionId: 'form', comment: proposal }] }]);
    const note = page.container.querySelector('.rubric-proposal');
    expect(note?.textContent).toContain('Предложение программы');
    expect(note?.textContent).toContain(proposal);
    expect(page.sheets.get('a')?.criteria.form).toBeUndefined();

    focus(scoreField(page.container, 0));
    press('Enter');
    expect(page.sheets.get('a')?.criteria.form).toMatchObject({ comment: proposal, proposalAccepted: true });
    expect(page.container.querySelector('.rubric-proposal')).toBeNull();
    expect(page.container.querySelector<HTMLTextAreaElement>('.rubric-criterion textarea')?.value).toBe(
      proposal,
    );
  });

  it('accepts a proposal by its button, after the trainer’s own comment, and then lets the words be changed', () => {
    page.renderPanels([
      { review: 'a', proposals: [{ criterionId: 'norms', comment: 'Не указана ст. 224 ГПК РК.' }] },
    ]);
    const comment = page.container.querySelectorAll<HTMLTextAreaElement>('.rubric-criterion textarea')[1];
    if (!comment) throw new Error('no comment field');
    typeInto(comment, 'Нормы в целом верны.');
    click(button(page.container, 'Принять и изменить'));
    expect(page.sheets.get('a')?.criteria.norms?.comment).toBe(
      'Нормы в целом верны.\nНе указана ст. 224 ГПК РК.',
    );
    expect(document.activeElement).toBe(comment);
    typeInto(comment, 'Не указана ст. 224 ГПК РК о содержании решения.');
    expect(page.sheets.get('a')?.criteria.norms).toMatchObject({
      comment: 'Не указана ст. 224 ГПК РК о содержании решения.',
      proposalAccepted: true,
    });
  });

  it('moves between the criteria’s score fields with Alt+↓ and Alt+↑, where digits type the score', () => {
    page.renderPanels([{ review: 'a' }]);
    focus(scoreField(page.container, 0));
    expect(press('ArrowDown', { altKey: true }).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(scoreField(page.container, 1));
    press('ArrowDown', { altKey: true });
    press('ArrowDown', { altKey: true });
    expect(document.activeElement).toBe(scoreField(page.container, 2));
    press('ArrowUp', { altKey: true });
    expect(document.activeElement).toBe(scoreField(page.container, 1));
    typeInto(document.activeElement as HTMLInputElement, '12');
    expect(points('norms')).toBe(12);
    press('ArrowUp', { altKey: true });
    press('ArrowUp', { altKey: true });
    expect(document.activeElement).toBe(scoreField(page.container, 0));
  });

  it('lets the screen move to the criterion the trainer was on, from outside the panel', () => {
    const panel = createRef<RubricPanelHandle>();
    page.renderPanels([{ review: 'a', panelRef: panel }]);
    act(() => panel.current?.moveToCriterion(1));
    expect(document.activeElement).toBe(scoreField(page.container, 0));
    press('ArrowDown', { altKey: true });
    expect(document.activeElement).toBe(scoreField(page.container, 1));
    act(() => (document.activeElement as HTMLElement).blur());
    act(() => panel.current?.moveToCriterion(1));
    expect(document.activeElement).toBe(scoreField(page.container, 1));
  });
});
