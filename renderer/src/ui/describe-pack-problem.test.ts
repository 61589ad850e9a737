import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/format-message';
import { catalogs } from '../i18n/messages';
import type { Translate } from '../i18n/I18nProvider';
import { describeFieldPath, describePackProblem } from './describe-pack-problem';

const ru: Translate = (key, params) => formatMessage('ru', catalogs.ru[key], params);

describe('pack problems in Russian', () => {
  it('number the places in a pack from 1 and name lists in words', () => {
    expect(describeFieldPath(ru, ['cases', 0, 'materials', 2, 'blocks', 0, 'text'])).toBe(
      'дело 1 → материал 3 → блок 1 → «text»',
    );
    expect(describeFieldPath(ru, ['title'])).toBe('«title»');
  });

  it('say where a JSON syntax error is', () => {
    expect(describePackProblem(ru, { code: 'notJson', line: 3, column: 9 })).toContain('строке 3, позиция 9');
  });

  it('name the expected kind of value in words', () => {
    expect(describePackProblem(ru, { code: 'wrongType', path: ['version'], expected: 'number' })).toContain(
      'число',
    );
  });

  it('call an empty required text empty', () => {
    expect(describePackProblem(ru, { code: 'tooShort', path: ['title'], min: 1, unit: 'characters' })).toBe(
      'Пустой текст там, где он обязателен: «title».',
    );
  });

  it('give limits with their unit', () => {
    expect(
      describePackProblem(ru, { code: 'tooLong', path: ['title'], max: 200, unit: 'characters' }),
    ).toContain('200 символов');
  });

  it('name the file inside an archive and the manifest field that names it', () => {
    expect(
      describePackProblem(ru, {
        code: 'unsafeRichText',
        path: ['cases', 0, 'materials', 1, 'file'],
        file: 'cases/loan/claim.html',
        found: ['<script>', 'onclick on <p>'],
      }),
    ).toBe(
      'Документ «cases/loan/claim.html» (дело 1 → материал 2 → «file») содержит недопустимое для пакета: ' +
        '<script>, onclick on <p>. Разрешены только текст, заголовки, списки и таблицы.',
    );
    expect(describePackProblem(ru, { code: 'compressionRatio', file: 'a.pdf', max: 100 })).toContain(
      'a.pdf внутри пакета при распаковке увеличивается более чем в 100 раз',
    );
  });
});

describe('pack problems in every language', () => {
  const problems: Parameters<typeof describePackProblem>[1][] = [
    { code: 'unknownFileType' },
    { code: 'keyNotPack' },
    { code: 'notAKey' },
    { code: 'packNotKey' },
    { code: 'corruptArchive' },
    { code: 'corruptArchive', file: 'x.html' },
    { code: 'unsupportedArchive', reason: 'encrypted', file: 'x.pdf' },
    { code: 'unsupportedArchive', reason: 'flags', file: 'x.pdf' },
    { code: 'unsupportedArchive', reason: 'secondName', file: 'x.pdf' },
    { code: 'tooManyEntries', max: 2000 },
    { code: 'changedWithoutNewVersion', title: 'Пакет', version: 3 },
    { code: 'archiveCompressionRatio', max: 100 },
    { code: 'archiveTooLarge', maxBytes: 512 * 1024 * 1024 },
    { code: 'entryTooLarge', file: 'x.pdf', maxBytes: 128 * 1024 * 1024 },
    { code: 'sizeMismatch', file: 'x.pdf' },
    { code: 'checksumMismatch', file: 'x.pdf' },
    { code: 'unsafeEntryName', file: '../x' },
    { code: 'duplicateEntry', file: 'x.pdf' },
    { code: 'nestedArchive', file: 'x.zip' },
    { code: 'missingManifest', file: 'manifest.json' },
    { code: 'unexpectedFile', file: 'notes.txt' },
    { code: 'richTextNamedTooOften', file: 'claim.html', namings: 99, max: 20 },
    { code: 'packRichTextTooLarge', maxBytes: 32 * 1024 * 1024 },
    { code: 'missingFile', path: ['cases', 0, 'materials', 0, 'file'], file: 'x.pdf' },
    {
      code: 'wrongMediaType',
      path: ['cases', 0, 'materials', 0, 'file'],
      file: 'x.pdf',
      declared: 'image/png',
    },
    { code: 'digestMismatch', path: ['cases', 0, 'materials', 0, 'file'], file: 'x.pdf' },
    {
      code: 'imageTooLarge',
      path: ['cases', 0, 'materials', 0, 'file'],
      file: 'x.png',
      width: 90000,
      height: 90000,
      maxPixels: 50_000_000,
    },
  ];
  it.each(['en', 'ru', 'kk'] as const)(
    '%s: a sentence with the file named and no placeholder left',
    (language) => {
      const translate: Translate = (key, params) => formatMessage(language, catalogs[language][key], params);
      for (const problem of problems) {
        const sentence = describePackProblem(translate, problem);
        expect(sentence).not.toMatch(/[{}]/);
        if ('file' in problem && problem.file) expect(sentence).toContain(problem.file);
      }
    },
  );
});

describe('pack problems quote the file only in excerpt', () => {
  it.each(['en', 'ru', 'kk'] as const)('%s: a 19 MB value, file name or field name', (language) => {
    const translate: Translate = (key, params) => formatMessage(language, catalogs[language][key], params);
    const huge = 'x'.repeat(19 * 1024 * 1024);
    const problems: Parameters<typeof describePackProblem>[1][] = [
      { code: 'unsupportedFormatVersion', found: huge, supported: [1, 2, 3] },
      { code: 'unsafeEntryName', file: huge },
      { code: 'unknownField', path: ['cases', 0, huge] },
      { code: 'olderVersion', title: huge, imported: 2, offered: 1 },
      { code: 'unsafeRichText', path: ['cases', 0, 'file'], file: 'a.html', found: [huge, huge] },
    ];
    for (const problem of problems) {
      const sentence = describePackProblem(translate, problem);
      expect(sentence).toContain('x…x');
      expect(sentence.length, problem.code).toBeLessThan(600);
    }
  });
});
