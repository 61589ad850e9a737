import { describe, expect, it } from 'vitest';
import { jsonStringBytes } from './json-string-bytes';

const encode = (text: string) => new TextEncoder().encode(text);
const stringified = (text: string) => encode(JSON.stringify(text));

describe('jsonStringBytes', () => {
  it('gives the bytes of JSON.stringify for texts with every character that needs escaping', () => {
    const controls = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
    const texts = [
      '',
      'plain',
      'Суд решил: «взыскать» 1 000 000 тенге',
      'Қазақ тілі: әғқңөұүһі ӘҒҚҢӨҰҮҺІ',
      'quote " and backslash \\ and \\" together',
      `controls ${controls} end`,
      '"\\"',
      'emoji 🙂 and U+2028\u2028 and DEL\u007f',
      JSON.stringify({ document: { text: 'line\nbreak "q"' } }, null, 2),
    ];
    for (const text of texts) expect(jsonStringBytes(encode(text))).toEqual(stringified(text));
  });

  it('reads only the view it is given', () => {
    const whole = encode('xx"ab"yy');
    expect(jsonStringBytes(whole.subarray(2, 6))).toEqual(stringified('"ab"'));
  });
});
