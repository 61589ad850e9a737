import { describe, expect, it } from 'vitest';
import { codeCheckSchema, codeMatches, makeCodeCheck, newCode } from './code-check';

// PBKDF2 costs some 100 ms at the pack's 600,000 iterations: most checks here use the schema's minimum.
const FEWER = 100_000;
const start = 'start/civil-2026/c1';

describe('newCode', () => {
  it('is eight characters of Crockford’s alphabet in two groups, fresh each time', () => {
    const codes = Array.from({ length: 50 }, () => newCode());
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(50);
    expect(newCode(12)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
  });
});

describe('makeCodeCheck and codeMatches', () => {
  it('a pack’s check holds at 600,000 iterations, and matches the code it was made of', async () => {
    const code = newCode();
    const check = await makeCodeCheck(code, start);
    expect(codeCheckSchema.parse(check)).toEqual(check);
    expect(check.iterations).toBe(600_000);
    expect(JSON.stringify(check)).not.toContain(code.replace('-', ''));
    expect(await codeMatches(code, check, start)).toBe(true);
  });

  it('accepts the code as a person types it: any case, without the dash, with spaces, O for 0 and I or L for 1', async () => {
    const check = await makeCodeCheck('K01Q-M9XD', start, FEWER);
    const typed = ['k01q-m9xd', 'K01QM9XD', ' K01Q M9XD ', 'KO1Q-M9XD', 'K0IQ-M9XD', 'k0lq m9xd'];
    const results = await Promise.all(typed.map((code) => codeMatches(code, check, start)));
    expect(results).toEqual(typed.map(() => true));
  });

  it('refuses another code, and the right code for another purpose or another case', async () => {
    const check = await makeCodeCheck('K7Q2-M9XD', start, FEWER);
    const refused = await Promise.all([
      codeMatches('K7Q2-M9XE', check, start),
      codeMatches('K7Q2-M9X', check, start),
      codeMatches('', check, start),
      codeMatches('K7Q2-M9XD', check, 'extraTime/civil-2026/c1'),
      codeMatches('K7Q2-M9XD', check, 'start/civil-2026/c2'),
    ]);
    expect(refused).toEqual([false, false, false, false, false]);
  });

  it('salts each check: the same code twice gives two different checks, both matching it', async () => {
    const [first, second] = await Promise.all([
      makeCodeCheck('K7Q2-M9XD', start, FEWER),
      makeCodeCheck('K7Q2-M9XD', start, FEWER),
    ]);
    expect(first.salt).not.toBe(second.salt);
    expect(first.digest).not.toBe(second.digest);
    expect(await codeMatches('K7Q2-M9XD', second, start)).toBe(true);
  });

  it('refuses, never throws, when the check’s salt is not base64', async () => {
    const check = await makeCodeCheck('K7Q2-M9XD', start, FEWER);
    expect(await codeMatches('K7Q2-M9XD', { ...check, salt: '!'.repeat(24) }, start)).toBe(false);
  });

  it('the schema refuses a check a pack could use to stall the app or fake a match', () => {
    const valid = { salt: 'A'.repeat(22) + '==', iterations: 600_000, digest: 'A'.repeat(43) + '=' };
    expect(codeCheckSchema.safeParse(valid).success).toBe(true);
    for (const bad of [
      { ...valid, iterations: 1 },
      { ...valid, iterations: 50_000_000 },
      { ...valid, digest: '' },
      { ...valid, salt: 'short' },
      { ...valid, code: 'K7Q2-M9XD' },
    ]) {
      expect(codeCheckSchema.safeParse(bad).success).toBe(false);
    }
  });
});
