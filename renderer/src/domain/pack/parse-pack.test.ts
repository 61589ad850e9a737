import { describe, expect, it } from 'vitest';
import { PackError, type PackProblem } from './pack-error';
import { MAX_JSON_PACK_BYTES, parsePackFile } from './parse-pack';
import { bytesOf, validPack } from './test-pack';
import { MAX_EXCERPT } from '../text/excerpt';

function problemsOf(bytes: Uint8Array): PackProblem[] {
  try {
    parsePackFile(bytes);
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
  throw new Error('the pack was accepted');
}

/** A valid pack as plain JSON data, to break one field at a time. */
function packJson(): Record<string, unknown> & { cases: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(validPack())) as Record<string, unknown> & {
    cases: Record<string, unknown>[];
  };
}

describe('parsePackFile', () => {
  it('accepts a valid pack', () => {
    expect(parsePackFile(bytesOf(validPack())).cases[0]?.id).toBe('case-one');
  });

  it('accepts a UTF-8 byte order mark, as Windows editors write one', () => {
    expect(parsePackFile(bytesOf(`\uFEFF${JSON.stringify(validPack())}`)).id).toBe('test-pack');
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(problemsOf(new Uint8Array(MAX_JSON_PACK_BYTES + 1))).toEqual([
      { code: 'tooLarge', maxBytes: MAX_JSON_PACK_BYTES },
    ]);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(problemsOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual([{ code: 'notText' }]);
  });

  it('refuses text that is not JSON, saying where it breaks', () => {
    expect(problemsOf(bytesOf('{\n  "format": "casedraft.pack",\n  "id": x\n}'))).toEqual([
      { code: 'notJson', line: 3, column: 9 },
    ]);
  });

  it('refuses text that is not JSON from its first character', () => {
    expect(problemsOf(bytesOf('Это не пакет'))).toEqual([{ code: 'notJson', line: 1, column: 1 }]);
  });

  it.each([['[]'], ['"text"'], ['{"format": "something-else"}'], ['null']])(
    'refuses %s as not a pack',
    (text) => {
      expect(problemsOf(bytesOf(text))).toEqual([{ code: 'notAPack' }]);
    },
  );

  it('refuses an unknown format version, saying which it found', () => {
    expect(problemsOf(bytesOf({ ...packJson(), formatVersion: 7 }))).toEqual([
      { code: 'unsupportedFormatVersion', found: '7', supported: [1, 2, 3, 4] },
    ]);
  });

  it('refuses deeply nested broken JSON with where it breaks, not a stack overflow', () => {
    const unclosed = `{"format": "casedraft.pack", "cases": ${'['.repeat(100_000)}`;
    expect(problemsOf(bytesOf(unclosed))).toEqual([
      { code: 'notJson', line: 1, column: unclosed.length + 1 },
    ]);
  });

  it('quotes a huge or deeply nested format version in excerpt, not whole', () => {
    const [huge] = problemsOf(bytesOf({ ...packJson(), formatVersion: '9'.repeat(5 * 1024 * 1024) }));
    expect(huge).toEqual({
      code: 'unsupportedFormatVersion',
      found: expect.stringMatching(/^"9+…9+"$/),
      supported: [1, 2, 3, 4],
    });
    expect((huge as { found: string }).found.length).toBeLessThanOrEqual(MAX_EXCERPT + 2);
    const deep = `{"format": "casedraft.pack", "formatVersion": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(problemsOf(bytesOf(deep))).toEqual([
      { code: 'unsupportedFormatVersion', found: '[…]', supported: [1, 2, 3, 4] },
    ]);
  });

  it('quotes an unknown field with a huge name in excerpt', () => {
    const [problem] = problemsOf(bytesOf({ ...packJson(), ['x'.repeat(1_000_000)]: 1 }));
    expect(problem).toEqual({ code: 'unknownField', path: [expect.stringMatching(/^x+…x+$/)] });
    expect(JSON.stringify(problem).length).toBeLessThan(200);
  });

  it('names a missing field by its path', () => {
    const pack = packJson();
    delete pack.cases[0]?.title;
    expect(problemsOf(bytesOf(pack))).toEqual([{ code: 'missingField', path: ['cases', 0, 'title'] }]);
  });

  it('names an unknown field, so typos do not silently drop data', () => {
    expect(problemsOf(bytesOf({ ...packJson(), titel: 'x' }))).toEqual([
      { code: 'unknownField', path: ['titel'] },
    ]);
  });

  it('names a field of the wrong type', () => {
    expect(problemsOf(bytesOf({ ...packJson(), version: '1' }))).toEqual([
      { code: 'wrongType', path: ['version'], expected: 'number' },
    ]);
  });

  it('names an empty required text', () => {
    expect(problemsOf(bytesOf({ ...packJson(), title: '   ' }))).toEqual([
      { code: 'tooShort', path: ['title'], min: 1, unit: 'characters' },
    ]);
  });

  it('names an overlong text', () => {
    expect(problemsOf(bytesOf({ ...packJson(), title: 'я'.repeat(201) }))).toEqual([
      { code: 'tooLong', path: ['title'], max: 200, unit: 'characters' },
    ]);
  });

  it('names an invalid value such as a bad id or language', () => {
    const pack = packJson();
    pack.id = 'Not A Slug';
    pack.language = 'de';
    expect(problemsOf(bytesOf(pack))).toEqual([
      { code: 'invalidValue', path: ['id'] },
      { code: 'invalidValue', path: ['language'] },
    ]);
  });

  it('names a left-out field of fixed values, such as the language, as missing', () => {
    const { language: _language, ...pack } = packJson();
    expect(problemsOf(bytesOf(pack))).toEqual([{ code: 'missingField', path: ['language'] }]);
  });

  it('refuses an act type CaseDraft has no template for', () => {
    const pack = packJson();
    pack.cases[0] = { ...pack.cases[0], actType: 'martian-verdict' };
    expect(problemsOf(bytesOf(pack))).toEqual([
      { code: 'unknownActType', path: ['cases', 0, 'actType'], actType: 'martian-verdict' },
    ]);
  });

  it('refuses duplicate case ids and duplicate material ids', () => {
    const pack = validPack();
    const first = pack.cases[0]!;
    pack.cases.push({ ...first, materials: [...first.materials, ...first.materials] });
    expect(problemsOf(bytesOf(pack))).toEqual([
      { code: 'duplicateId', path: ['cases', 1, 'id'], id: 'case-one' },
      { code: 'duplicateId', path: ['cases', 1, 'materials', 1, 'id'], id: 'claim' },
    ]);
  });

  it('reports at most twenty problems for a badly broken file', () => {
    const pack = packJson();
    for (let index = 0; index < 50; index++) pack[`extra${index}`] = true;
    expect(problemsOf(bytesOf(pack))).toHaveLength(20);
  });

  it('states a positive whole number as at least 1', () => {
    expect(problemsOf(bytesOf({ ...packJson(), version: 0 }))).toEqual([
      { code: 'tooShort', path: ['version'], min: 1, unit: 'value' },
    ]);
  });
});
