import { describe, expect, it } from 'vitest';
import { b } from '../act/test-builders';
import { REDACTED, redactName } from './redact-name';

const act = (...paragraphs: string[]) =>
  b.doc(
    { template: 'civil-decision', language: 'ru' },
    b.part(
      { id: 'signature' },
      b.part_heading({ text: 'Подпись' }),
      ...paragraphs.map((text) => b.paragraph(text)),
    ),
  );

describe('a participant’s name taken out of their act', () => {
  it('hides every word of the name, declined or in another case, and leaves the rest', () => {
    const redacted = redactName(
      act(
        'Судья Жанибекова А.С.',
        'в составе председательствующего судьи Жанибековой Айгерим Саматовны',
        'Решение суда',
      ),
      'Жанибекова Айгерим Саматовна',
    );
    expect(redacted.textContent).toBe(
      `Судья ${REDACTED} А.С.в составе председательствующего судьи ${REDACTED} ${REDACTED} ${REDACTED}Решение суда`,
    );
  });

  it('matches ё as е and any letter case, but not inside another word', () => {
    const redacted = redactName(act('СЁМИНА и Семиной; Переселение'), 'Сёмина Ольга');
    expect(redacted.textContent).toBe(`${REDACTED} и ${REDACTED}; Переселение`);
  });

  it('keeps the act itself, and its marks, where the name is not in it', () => {
    const original = b.doc(
      { template: 'civil-decision', language: 'ru' },
      b.part(
        { id: 'intro' },
        b.part_heading({ text: 'Вводная' }),
        b.paragraph(b.strong('Тулегенову'), ' отказать'),
      ),
    );
    expect(redactName(act('Именем Республики'), 'Тулегенов Нуржан').textContent).toBe('Именем Республики');
    const redacted = redactName(original, 'Тулегенов Нуржан');
    expect(redacted.textContent).toBe(`${REDACTED} отказать`);
    expect(
      redacted
        .child(0)
        .child(1)
        .child(0)
        .marks.map((mark) => mark.type.name),
    ).toEqual(['strong']);
    expect(redactName(original, 'Ли')).toBe(original);
  });
});
