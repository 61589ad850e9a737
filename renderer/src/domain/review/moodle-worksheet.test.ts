import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cellSpans,
  feedbackHtml,
  fillWorksheet,
  readWorksheet,
  uniformName,
  type Worksheet,
  type WorksheetParticipant,
} from './moodle-worksheet';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/moodle/${name}`, import.meta.url)));

/** The cohort as the review has it: names as the trainees wrote them on their submissions. */
const PARTICIPANTS: WorksheetParticipant[] = [
  { label: 'A1', name: 'асель  нурланова', total: 63.5, feedback: 'Хорошо.\nНо: ст. 5 < ст. 6' },
  { label: 'B2', name: 'Ерлан Нурланов', total: 80, feedback: 'Отлично' },
  { label: 'C3', name: 'Петр Семенов', total: 45, feedback: '=HYPERLINK("x")' },
  { label: 'D4', name: 'Marat.Kim@example.kz', total: 70, feedback: '' },
  { label: 'E5', name: 'Жанна Омарова', feedback: 'half marked' },
  { label: 'F6', name: 'Алия Сейткали', total: 90, feedback: 'not in Moodle' },
];

function read(name: string): Worksheet {
  const check = readWorksheet(fixture(name));
  if (!check.ok) throw new Error(`refused: ${check.reason}`);
  return check.worksheet;
}

/** The fixture's text with whole lines swapped: what the filled file must be, byte for byte. */
function expected(name: string, lines: Record<string, string>): Buffer {
  let text = Buffer.from(fixture(name)).toString('utf8');
  for (const [before, after] of Object.entries(lines)) {
    expect(text, `fixture line ${before}`).toContain(before);
    text = text.replace(before, after);
  }
  return Buffer.from(text, 'utf8');
}

describe('the Moodle offline grading worksheet', () => {
  it('is filled in English: only Grade and Feedback comments of matched rows change, byte for byte', () => {
    const { bytes, report } = fillWorksheet(read('worksheet-en.csv'), PARTICIPANTS);
    const want = expected('worksheet-en.csv', {
      '"Submitted for grading",,100.00,Yes,"Monday, 30 November 2026, 10:12 AM",,-,\n':
        '"Submitted for grading",63.5,100.00,Yes,"Monday, 30 November 2026, 10:12 AM",,-,Хорошо.<br>Но: ст. 5 &lt; ст. 6\n',
      '"Submitted for grading",,100.00,Yes,"Monday, 30 November 2026, 11:40 AM",,-,\n':
        '"Submitted for grading",80,100.00,Yes,"Monday, 30 November 2026, 11:40 AM",,-,Отлично\n',
      '"Submitted for grading",50.00,100.00,Yes,"Tuesday, 1 December 2026, 9:02 AM",,"Tuesday, 1 December 2026, 3:15 PM","<p>Earlier note, ""kept""</p>"\n':
        '"Submitted for grading",45,100.00,Yes,"Tuesday, 1 December 2026, 9:02 AM",,"Tuesday, 1 December 2026, 3:15 PM","&#61;HYPERLINK(""x"")"\n',
      '"Submitted for grading",,100.00,Yes,"Monday, 30 November 2026, 8:05 PM",,-,\n':
        '"Submitted for grading",70,100.00,Yes,"Monday, 30 November 2026, 8:05 PM",,-,\n',
    });
    expect(Buffer.from(bytes).equals(want)).toBe(true);
    expect(report.filled).toEqual([
      { row: 2, label: 'A1', matchedBy: 'name' },
      { row: 3, label: 'B2', matchedBy: 'name' },
      { row: 4, label: 'C3', matchedBy: 'name' },
      { row: 6, label: 'D4', matchedBy: 'email' },
    ]);
    expect(report.unmatched).toEqual(['F6']);
    expect(report.leftAlone).toEqual([
      { row: 5, identifier: 'Participant 1015', name: 'Дана Ахметова', reason: 'noParticipant' },
      { row: 7, identifier: 'Participant 1017', name: 'Жанна Омарова', reason: 'notMarked' },
    ]);
  });

  it('is filled in Russian (BOM, Участник identifiers, decimal comma) the same way', () => {
    const worksheet = read('worksheet-ru.csv');
    expect(worksheet.language).toBe('ru');
    expect(worksheet.decimalMark).toBe(',');
    const { bytes, report } = fillWorksheet(worksheet, PARTICIPANTS);
    const want = expected('worksheet-ru.csv', {
      '"Отправлено для оценивания",,"100,00",Да,"понедельник, 30 ноября 2026, 10:12",,-,\n':
        '"Отправлено для оценивания","63,5","100,00",Да,"понедельник, 30 ноября 2026, 10:12",,-,Хорошо.<br>Но: ст. 5 &lt; ст. 6\n',
      '"Отправлено для оценивания",,"100,00",Да,"понедельник, 30 ноября 2026, 11:40",,-,\n':
        '"Отправлено для оценивания",80,"100,00",Да,"понедельник, 30 ноября 2026, 11:40",,-,Отлично\n',
      '"Отправлено для оценивания","50,00","100,00",Да,"вторник, 1 декабря 2026, 09:02",,"вторник, 1 декабря 2026, 15:15","<p>Прежний отзыв, ""сохранить""</p>"\n':
        '"Отправлено для оценивания",45,"100,00",Да,"вторник, 1 декабря 2026, 09:02",,"вторник, 1 декабря 2026, 15:15","&#61;HYPERLINK(""x"")"\n',
      '"Отправлено для оценивания",,"100,00",Да,"понедельник, 30 ноября 2026, 20:05",,-,\n':
        '"Отправлено для оценивания",70,"100,00",Да,"понедельник, 30 ноября 2026, 20:05",,-,\n',
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).equals(want)).toBe(true);
    expect(report.filled.map(({ label }) => label)).toEqual(['A1', 'B2', 'C3', 'D4']);
    expect(report.unmatched).toEqual(['F6']);
  });

  it('matches by the identifier as Moodle wrote it, and leaves a row two participants claim alone', () => {
    const worksheet = read('worksheet-ru.csv');
    const { report } = fillWorksheet(worksheet, [
      { label: 'X', name: 'Участник1015', total: 10, feedback: '' },
      { label: 'Y', name: 'Марат Ким', total: 20, feedback: '' },
      { label: 'Z', name: 'ким марат', total: 30, feedback: '' },
    ]);
    expect(report.filled).toEqual([{ row: 5, label: 'X', matchedBy: 'identifier' }]);
    expect(report.leftAlone).toContainEqual({
      row: 6,
      identifier: 'Участник1016',
      name: 'Марат Ким',
      reason: 'ambiguous',
    });
    expect(report.unmatched).toEqual(['Y', 'Z']);
  });

  it('leaves a row alone when the total is above the worksheet’s maximum grade', () => {
    const { bytes, report } = fillWorksheet(read('worksheet-en.csv'), [
      { label: 'A1', name: 'Асель Нурланова', total: 120, feedback: 'x' },
    ]);
    expect(report.leftAlone).toContainEqual({
      row: 2,
      identifier: 'Participant 1012',
      name: 'Асель Нурланова',
      reason: 'aboveMaximum',
    });
    expect(Buffer.from(bytes).equals(Buffer.from(fixture('worksheet-en.csv')))).toBe(true);
  });

  it('writes nothing but the same bytes when nobody matches', () => {
    for (const name of ['worksheet-en.csv', 'worksheet-ru.csv']) {
      const { bytes } = fillWorksheet(read(name), []);
      expect(Buffer.from(bytes).equals(Buffer.from(fixture(name)))).toBe(true);
    }
  });

  it('finds every cell of every row where the text has it', () => {
    const worksheet = read('worksheet-en.csv');
    for (const row of worksheet.rows) {
      const spans = cellSpans(worksheet.text, row, worksheet.delimiter);
      expect(spans?.length).toBe(row.cells.length);
    }
  });

  it('refuses what is not a worksheet, with a reason', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(readWorksheet(encode('Name,Score\nАсель,5\n'))).toEqual({ ok: false, reason: 'notWorksheet' });
    expect(readWorksheet(encode(''))).toEqual({ ok: false, reason: 'notCsv' });
    // «Идентификатор» in cp1251, as Excel saves a Russian worksheet: not UTF-8.
    expect(readWorksheet(new Uint8Array([0xc8, 0xe4, 0xe5, 0xed, 0x2c, 0x31]))).toEqual({
      ok: false,
      reason: 'notUtf8',
    });
    expect(readWorksheet(encode('"Identifier,Grade\n"a'))).toMatchObject({ ok: false });
  });

  it('reads a worksheet saved with semicolons and writes the grade back in that form', () => {
    const text =
      'Identifier;Full name;Grade;Last modified (grade);Feedback comments\r\nParticipant 7;Асель Нурланова;;-;\r\n';
    const check = readWorksheet(new TextEncoder().encode(text));
    if (!check.ok) throw new Error(check.reason);
    const { bytes } = fillWorksheet(check.worksheet, [
      { label: 'A1', name: 'Асель Нурланова', total: 7.5, feedback: 'a; b' },
    ]);
    expect(new TextDecoder().decode(bytes)).toBe(
      'Identifier;Full name;Grade;Last modified (grade);Feedback comments\r\nParticipant 7;Асель Нурланова;7.5;-;"a; b"\r\n',
    );
  });
});

describe('names made uniform for matching', () => {
  it('ignore case, spacing, ё/е and word order', () => {
    expect(uniformName('  Пётр   СЕМЁНОВ ')).toBe(uniformName('семенов петр'));
    expect(uniformName('Асель Нурланова')).not.toBe(uniformName('Асель Нурлановна'));
  });
});

describe('feedback written for Moodle', () => {
  it('is HTML-escaped, keeps line breaks, and never starts like a formula', () => {
    expect(feedbackHtml('a < b & c\nd')).toBe('a &lt; b &amp; c<br>d');
    expect(feedbackHtml('-2 за опечатки')).toBe('&#45;2 за опечатки');
  });
});
