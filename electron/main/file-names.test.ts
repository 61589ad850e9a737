import { describe, expect, it } from 'vitest';
import { FALLBACK_FILE_NAME, sanitizeFileName } from './file-names';

describe('sanitizeFileName', () => {
  it('keeps an ordinary name, Cyrillic included', () => {
    expect(sanitizeFileName('Иванов-civil-loan.cdsub')).toBe('Иванов-civil-loan.cdsub');
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\Desktop\\решение.docx', 'решение.docx'],
    ['/absolute/path/act.xml', 'act.xml'],
  ])('strips the directory part of %s', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('replaces characters file systems reject', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*h\u0001.txt')).toBe('a_b_c_d_e_f_g_h_.txt');
  });

  it('drops leading and trailing dots and spaces', () => {
    expect(sanitizeFileName('  .hidden.cdsub. ')).toBe('hidden.cdsub');
  });

  it.each(['', '..', '...', 'dir/', '   '])('falls back to a default for %j', (input) => {
    expect(sanitizeFileName(input)).toBe(FALLBACK_FILE_NAME);
  });

  it('prefixes names Windows reserves for devices', () => {
    expect(sanitizeFileName('CON.cdsub')).toBe('_CON.cdsub');
    expect(sanitizeFileName('lpt1')).toBe('_lpt1');
    expect(sanitizeFileName('console.cdsub')).toBe('console.cdsub');
  });

  it('shortens a long name to the byte limit, keeping the extension and whole characters', () => {
    const sanitized = sanitizeFileName(`${'ж'.repeat(250)}.cdsub`);
    expect(Buffer.byteLength(sanitized)).toBeLessThanOrEqual(200);
    expect(sanitized.endsWith('ж.cdsub')).toBe(true);
    expect(sanitized).not.toContain('\uFFFD');
  });
});
