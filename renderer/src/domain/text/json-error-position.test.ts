import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from './json-error-position';

function errorAt(text: string) {
  return lineAndColumn(text, jsonErrorOffset(text));
}

describe('jsonErrorOffset', () => {
  it.each([
    ['{\n  "format": "casedraft.pack",\n  "id": x\n}', { line: 3, column: 9 }],
    ['{"a": 1,}', { line: 1, column: 9 }],
    ['{"a": 1 "b": 2}', { line: 1, column: 9 }],
    ['[1, 2', { line: 1, column: 6 }],
    ['{"a": "unterminated', { line: 1, column: 20 }],
    ['{"a": tru}', { line: 1, column: 10 }],
    ['Это не пакет', { line: 1, column: 1 }],
    ['{"a": 1}\n}', { line: 2, column: 1 }],
    ['{"a": "\\x"}', { line: 1, column: 9 }],
    ['', { line: 1, column: 1 }],
  ])('finds the error in %j', (text, where) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(errorAt(text)).toEqual(where);
  });

  it('finds nothing wrong in valid JSON, a byte order mark included', () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}', '\uFEFF{"a": {}}', ' [] ']) {
      expect(jsonErrorOffset(text)).toBe(-1);
    }
  });

  it('finds the error in deeply nested broken JSON without overflowing the stack', () => {
    // About 3 KB of unclosed brackets once overflowed the recursive scanner; this is a hundred times deeper.
    const unclosed = '{"a": ' + '['.repeat(300_000);
    expect(errorAt(unclosed)).toEqual({ line: 1, column: unclosed.length + 1 });
    const deepButValid = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    expect(jsonErrorOffset(deepButValid)).toBe(-1);
    expect(errorAt(deepButValid + ']')).toEqual({ line: 1, column: deepButValid.length + 1 });
  });
});
