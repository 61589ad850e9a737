import { describe, expect, it } from 'vitest';
import type { PackProblem } from '../../renderer/src/domain/pack/pack-error';
import { describePackProblem, problemMessage } from './describe-problem';

/** One of every problem the importer can name. */
const EVERY_PROBLEM: PackProblem[] = [
  { code: 'tooLarge', maxBytes: 20 * 1024 * 1024 },
  { code: 'notText' },
  { code: 'notJson', line: 3, column: 7 },
  { code: 'notAPack' },
  { code: 'unsupportedFormatVersion', found: '3', supported: [1, 2] },
  { code: 'missingField', path: ['cases', 0, 'title'] },
  { code: 'unknownField', path: ['titel'] },
  { code: 'wrongType', path: ['version'], expected: 'number' },
  { code: 'invalidValue', path: ['cases', 0, 'legislation', 1, 'article'] },
  { code: 'tooShort', path: ['cases', 0, 'materials'], min: 1, unit: 'items' },
  { code: 'tooLong', path: ['title'], max: 200, unit: 'characters' },
  { code: 'unknownActType', path: ['cases', 0, 'actType'], actType: 'martian-verdict' },
  { code: 'duplicateId', path: ['cases', 1, 'id'], id: 'loan' },
  { code: 'olderVersion', title: 'Заём', imported: 3, offered: 2 },
  { code: 'unknownFileType' },
  { code: 'corruptArchive', file: 'manifest.json' },
  { code: 'unsupportedArchive', reason: 'zip64' },
  { code: 'unsupportedArchive', reason: 'flags', file: 'cases/a/x.html' },
  { code: 'unsupportedArchive', reason: 'secondName', file: 'cases/a/x.html' },
  { code: 'tooManyEntries', max: 2000 },
  { code: 'archiveTooLarge', maxBytes: 512 * 1024 * 1024 },
  { code: 'entryTooLarge', file: 'cases/a/scan.pdf', maxBytes: 128 * 1024 * 1024 },
  { code: 'compressionRatio', file: 'cases/a/x.html', max: 100 },
  { code: 'sizeMismatch', file: 'cases/a/x.html' },
  { code: 'checksumMismatch', file: 'cases/a/x.html' },
  { code: 'unsafeEntryName', file: '../x' },
  { code: 'duplicateEntry', file: 'cases/a/x.html' },
  { code: 'nestedArchive', file: 'cases/a/x.zip' },
  { code: 'missingManifest', file: 'manifest.json' },
  { code: 'missingFile', path: ['cases', 0, 'materials', 0, 'file'], file: 'cases/a/x.html' },
  { code: 'unexpectedFile', file: 'cases/a/extra.html' },
  {
    code: 'wrongMediaType',
    path: ['cases', 0, 'materials', 1, 'file'],
    file: 'cases/a/x.pdf',
    declared: 'application/pdf',
  },
  { code: 'digestMismatch', path: ['cases', 0, 'materials', 0, 'file'], file: 'cases/a/x.html' },
  {
    code: 'unsafeRichText',
    path: ['cases', 0, 'materials', 0, 'file'],
    file: 'cases/a/x.html',
    found: ['<script>'],
  },
  { code: 'richTextNamedTooOften', file: 'cases/a/x.html', namings: 99, max: 20 },
  { code: 'packRichTextTooLarge', maxBytes: 32 * 1024 * 1024 },
  { code: 'keyNotPack' },
  { code: 'notAKey' },
  { code: 'packNotKey' },
];

describe('describePackProblem', () => {
  it('words every problem as an English sentence, never as the raw problem', () => {
    for (const problem of EVERY_PROBLEM) {
      const sentence = describePackProblem(problem);
      expect(sentence, problem.code).toMatch(/\.$/);
      expect(sentence, problem.code).not.toContain('{');
    }
  });

  it('quotes a huge value, file name or field name only in excerpt', () => {
    const huge = 'x'.repeat(19 * 1024 * 1024);
    const problems: PackProblem[] = [
      { code: 'unsupportedFormatVersion', found: huge, supported: [1, 2, 3] },
      { code: 'unsafeEntryName', file: huge },
      { code: 'unknownField', path: ['cases', 0, huge] },
      { code: 'unknownActType', path: ['cases', 0, 'actType'], actType: huge },
      { code: 'unsafeRichText', path: ['cases', 0, 'file'], file: 'a.html', found: [huge, huge] },
    ];
    for (const problem of problems) {
      const sentence = describePackProblem(problem);
      expect(sentence).toContain('x…x');
      expect(sentence.length, problem.code).toBeLessThan(800);
    }
    expect(
      problemMessage({ code: 'wrongType', path: ['title'], expected: 'string' }, huge).length,
    ).toBeLessThan(200);
  });

  it('says where in the manifest, as cases[0].materials[2].file', () => {
    expect(
      describePackProblem({
        code: 'missingFile',
        path: ['cases', 0, 'materials', 2, 'file'],
        file: 'cases/a/x.pdf',
      }),
    ).toBe('cases[0].materials[2].file: names cases/a/x.pdf, which the archive does not hold.');
    expect(
      describePackProblem({ code: 'invalidValue', path: ['cases', 0, 'legislation', 1, 'article'] }),
    ).toBe(
      'cases[0].legislation[1].article: has a value that is not allowed. An article number is digits, optionally ' +
        'followed by "-" and digits, such as "715" or "829-14".',
    );
  });

  it('uses the value found to say what is wrong with it', () => {
    expect(problemMessage({ code: 'wrongType', path: ['version'], expected: 'number' }, '2')).toBe(
      'must be a number, but it is the text "2". Write the number without quotes.',
    );
    expect(problemMessage({ code: 'wrongType', path: ['title'], expected: 'string' }, null)).toBe(
      'is empty; it must be text.',
    );
    expect(problemMessage({ code: 'tooLong', path: ['title'], max: 5, unit: 'characters' }, 'abcdefg')).toBe(
      'is too long: at most 5 characters; it has 7.',
    );
  });
});
