import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_CODE_LENGTH,
  anonymousCodeCharacters,
  codeNotTaken,
  newAnonymitySecret,
  participantKey,
} from './anonymous-code';

const SECRET = '00112233445566778899aabbccddeeff';

describe('anonymous codes', () => {
  it('are the same for the same participant and review, however the name is spaced or cased', async () => {
    const code = await anonymousCodeCharacters(SECRET, 'Асель Нурланова');
    expect(await anonymousCodeCharacters(SECRET, '  асель   НУРЛАНОВА ')).toBe(code);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{51}$/);
  });

  it('differ between participants and between reviews', async () => {
    const code = await anonymousCodeCharacters(SECRET, 'Асель Нурланова');
    expect(await anonymousCodeCharacters(SECRET, 'Бауыржан Сейітов')).not.toBe(code);
    expect(await anonymousCodeCharacters(newAnonymitySecret(), 'Асель Нурланова')).not.toBe(code);
  });

  it('hold nothing of the name, even for a Latin one', async () => {
    const code = codeNotTaken(await anonymousCodeCharacters(SECRET, 'ABC'), new Set());
    expect(code).toHaveLength(ANONYMOUS_CODE_LENGTH);
    expect(code).not.toContain('ABC');
  });

  it('grow by a character when another participant of the review already has the short one', () => {
    const characters = 'K7QX2M9P';
    expect(codeNotTaken(characters, new Set())).toBe('K7QX2');
    expect(codeNotTaken(characters, new Set(['K7QX2']))).toBe('K7QX2M');
    expect(codeNotTaken(characters, new Set(['K7QX2', 'K7QX2M']))).toBe('K7QX2M9');
  });

  it('tell participants apart by their uniform name', () => {
    expect(participantKey('Асель\u00a0 Нурланова ')).toBe('асель нурланова');
    expect(participantKey('Ә'.normalize('NFD'))).toBe(participantKey('ә'));
  });
});
