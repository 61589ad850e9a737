import { describe, expect, it } from 'vitest';
import { searchBank } from './comment-bank-search';

function entry(id: string, criterionId: string, text: string, updatedAt = '2026-11-22T10:00:00.000Z') {
  return { id, criterionId, text, updatedAt };
}

const bank = [
  entry('refusal', 'norms', 'Отказ в иске не мотивирован'),
  entry('reasons', 'form', 'Мотивировочная часть не раскрывает отказ'),
  entry('faultless', 'form', 'Безотказный аргумент'),
  entry('kazakh', 'form', 'Шешімнің қарар бөлігі жоқ'),
  entry('yo', 'norms', 'Неверно учтён срок'),
];
const ids = (found: { id: string }[]) => found.map(({ id }) => id);

describe('searching the comment bank', () => {
  it('finds comments in which every typed word begins some word, in any order and any case', () => {
    expect(ids(searchBank(bank, 'мотив отказ'))).toEqual(expect.arrayContaining(['refusal', 'reasons']));
    expect(ids(searchBank(bank, 'ОТКАЗ мотив'))).toHaveLength(2);
    // «отказ» inside «безотказный» is not a word that begins with it.
    expect(ids(searchBank(bank, 'отказ'))).not.toContain('faultless');
    expect(searchBank(bank, 'мотив отказ срок')).toEqual([]);
  });

  it('takes е for ё, and Kazakh letters as a Russian keyboard types them', () => {
    expect(ids(searchBank(bank, 'учтен'))).toEqual(['yo']);
    expect(ids(searchBank(bank, 'учтён'))).toEqual(['yo']);
    expect(ids(searchBank(bank, 'қарар бөлігі'))).toEqual(['kazakh']);
    expect(ids(searchBank(bank, 'карар болиги'))).toEqual(['kazakh']);
  });

  it('lists the criterion being marked first, then the most used, then the most recently edited', () => {
    const entries = [
      entry('old', 'form', 'Нет ссылки на норму', '2026-11-20T10:00:00.000Z'),
      entry('new', 'form', 'Нет ссылки на статью', '2026-11-22T10:00:00.000Z'),
      entry('used', 'form', 'Нет подписи', '2026-11-19T10:00:00.000Z'),
      entry('mostUsedElsewhere', 'norms', 'Нет нормы', '2026-11-23T10:00:00.000Z'),
    ];
    const uses = new Map([
      ['used', 4],
      ['mostUsedElsewhere', 9],
    ]);
    expect(ids(searchBank(entries, 'нет', { criterionId: 'form', uses }))).toEqual([
      'used',
      'new',
      'old',
      'mostUsedElsewhere',
    ]);
    expect(ids(searchBank(entries, '', { uses }))).toEqual(['mostUsedElsewhere', 'used', 'new', 'old']);
  });
});
