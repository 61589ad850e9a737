import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PackError, type PackProblem } from './pack-error';
import { readKeyFile } from './read-key';
import { createRichTextSanitizer } from './rich-text';
import { bytesOf, validKey, validPack } from './test-pack';
import { writeKeyFile } from './write-key';
import { writePackArchive } from './write-pack';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

function problemsOf(bytes: Uint8Array): PackProblem[] {
  try {
    readKeyFile(bytes, { sanitize, fileName: 'test.cdkey' });
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
  throw new Error('the key was accepted');
}

describe('readKeyFile', () => {
  it('reads a key as written by writeKeyFile', () => {
    expect(readKeyFile(writeKeyFile(validKey()), { sanitize })).toEqual(validKey());
  });

  it('allows a case without grading notes', () => {
    const key = validKey({ cases: [{ caseId: 'case-one', modelAnswer: '<p>Ответ</p>' }] });
    expect(readKeyFile(writeKeyFile(key), { sanitize }).cases[0]).toEqual({
      caseId: 'case-one',
      modelAnswer: '<p>Ответ</p>',
    });
  });

  it('refuses rich text the pack rule would change, naming the field and the file', () => {
    const key = validKey({
      cases: [
        { caseId: 'case-one', modelAnswer: '<p onclick="x()">a</p>', gradingNotes: '<script>x()</script>' },
      ],
    });
    expect(problemsOf(writeKeyFile(key))).toEqual([
      {
        code: 'unsafeRichText',
        path: ['cases', 0, 'modelAnswer'],
        file: 'test.cdkey',
        found: ['onclick on <p>'],
      },
      { code: 'unsafeRichText', path: ['cases', 0, 'gradingNotes'], file: 'test.cdkey', found: ['<script>'] },
    ]);
  });

  it('says so when given a pack instead of a key', () => {
    expect(problemsOf(bytesOf(validPack()))).toEqual([{ code: 'packNotKey' }]);
    const archive = writePackArchive({ ...validPack(), formatVersion: 2, cases: [] } as never, new Map());
    expect(problemsOf(archive)).toEqual([{ code: 'packNotKey' }]);
  });

  it('refuses JSON that is not a key, and text that is not JSON', () => {
    expect(problemsOf(bytesOf({ hello: 'world' }))).toEqual([{ code: 'notAKey' }]);
    expect(problemsOf(bytesOf('{ "format": '))).toEqual([{ code: 'notJson', line: 1, column: 13 }]);
    expect(problemsOf(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual([{ code: 'notText' }]);
  });

  it('refuses another format version before reading the rest', () => {
    expect(problemsOf(bytesOf({ ...validKey(), formatVersion: 2, cases: 'x' }))).toEqual([
      { code: 'unsupportedFormatVersion', found: '2', supported: [1] },
    ]);
  });

  it('quotes a huge format version or field name in excerpt, and finds where deeply nested JSON breaks', () => {
    const [version] = problemsOf(bytesOf({ ...validKey(), formatVersion: 'x'.repeat(1_000_000) }));
    expect(version).toMatchObject({
      code: 'unsupportedFormatVersion',
      found: expect.stringMatching(/^"x+…x+"$/),
    });
    expect(JSON.stringify(version).length).toBeLessThan(200);
    const [field] = problemsOf(bytesOf({ ...validKey(), ['k'.repeat(1_000_000)]: 1 }));
    expect(JSON.stringify(field).length).toBeLessThan(200);
    const unclosed = `{"format": "casedraft.key", "cases": ${'{"a":['.repeat(50_000)}`;
    expect(problemsOf(bytesOf(unclosed))).toEqual([
      { code: 'notJson', line: 1, column: unclosed.length + 1 },
    ]);
  });

  it('names unknown, missing and invalid fields and repeated cases', () => {
    const { packVersion: _omitted, ...withoutVersion } = validKey();
    expect(problemsOf(bytesOf({ ...withoutVersion, extra: 1 }))).toEqual([
      { code: 'missingField', path: ['packVersion'] },
      { code: 'unknownField', path: ['extra'] },
    ]);
    const twice = validKey({
      cases: [
        { caseId: 'case-one', modelAnswer: '<p>a</p>' },
        { caseId: 'case-one', modelAnswer: '<p>b</p>' },
      ],
    });
    expect(problemsOf(writeKeyFile(twice))).toEqual([
      { code: 'duplicateId', path: ['cases', 1, 'caseId'], id: 'case-one' },
    ]);
    expect(problemsOf(writeKeyFile(validKey({ cases: [{ caseId: 'Case One', modelAnswer: ' ' }] })))).toEqual(
      [
        { code: 'invalidValue', path: ['cases', 0, 'caseId'] },
        { code: 'tooShort', path: ['cases', 0, 'modelAnswer'], min: 1, unit: 'characters' },
      ],
    );
  });
});
