import { describe, expect, it } from 'vitest';
import { parsePoints } from './parse-points';

describe('a typed score', () => {
  it('takes whole and half points, with a point or a comma', () => {
    expect(parsePoints('7', 10)).toEqual({ kind: 'valid', points: 7 });
    expect(parsePoints('7.5', 10)).toEqual({ kind: 'valid', points: 7.5 });
    expect(parsePoints(' 7,5 ', 10)).toEqual({ kind: 'valid', points: 7.5 });
    expect(parsePoints('0', 10)).toEqual({ kind: 'valid', points: 0 });
    expect(parsePoints('10,0', 10)).toEqual({ kind: 'valid', points: 10 });
  });

  it('says what is wrong with anything else', () => {
    expect(parsePoints('7.25', 10)).toEqual({ kind: 'notAHalf' });
    expect(parsePoints('10,5', 10)).toEqual({ kind: 'outOfRange' });
    expect(parsePoints('-1', 10)).toEqual({ kind: 'notANumber' });
    expect(parsePoints('7,5,1', 10)).toEqual({ kind: 'notANumber' });
    expect(parsePoints('1e1', 10)).toEqual({ kind: 'notANumber' });
    expect(parsePoints('семь', 10)).toEqual({ kind: 'notANumber' });
  });

  it('waits for the decimal after a separator, and reads nothing typed as no score', () => {
    expect(parsePoints('7,', 10)).toEqual({ kind: 'incomplete' });
    expect(parsePoints('  ', 10)).toEqual({ kind: 'empty' });
  });
});
