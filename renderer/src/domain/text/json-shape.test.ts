import { describe, expect, it } from 'vitest';
import { jsonShapeProblem } from './json-shape';

describe('jsonShapeProblem', () => {
  it('finds nothing wrong in JSON without repeated keys, whatever its strings hold', () => {
    const json = JSON.stringify({
      a: [1, { b: 1, a: 'a' }, ['{', '"b":', '\\"', '}']],
      b: { a: { a: {} } },
      'a"b': '\u0061',
    });
    expect(jsonShapeProblem(json, 10)).toBeUndefined();
  });

  it('finds a key repeated after a nested value, as JSON.parse would read it', () => {
    expect(jsonShapeProblem('{"a": {"x": [1, 2]}, "b": 1, "a": 2}', 10)).toEqual({
      code: 'duplicateKey',
      key: 'a',
    });
    expect(jsonShapeProblem('[{"x": {"k": 1, "\\u006b": 2}}]', 10)).toEqual({
      code: 'duplicateKey',
      key: 'k',
    });
  });

  it('counts nesting of objects and arrays alike, without recursion', () => {
    expect(jsonShapeProblem('[{"a": [[]]}]', 4)).toBeUndefined();
    expect(jsonShapeProblem('[{"a": [[[]]]}]', 4)).toEqual({ code: 'tooDeep', maxDepth: 4 });
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(jsonShapeProblem(deep, 128)).toEqual({ code: 'tooDeep', maxDepth: 128 });
  });

  it('leaves text that is not JSON to JSON.parse', () => {
    for (const text of ['nope', '{"a": 1]]', '{"a', ']', '{"\\u00zz": 1, "\\u00zz": 2}']) {
      expect(jsonShapeProblem(text, 10)).toBeUndefined();
    }
  });
});
