import { describe, expect, it } from 'vitest';
import { passphraseProblem, passphraseStrength } from './passphrase';

describe('the passphrase hint', () => {
  it('calls a passphrase under ten characters too short, counting letters, not bytes', () => {
    expect(passphraseStrength('қазақша12')).toBe('tooShort');
    expect(passphraseStrength('қазақша123')).not.toBe('tooShort');
  });

  it('calls one repeated character weak, however long', () => {
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaa')).toBe('weak');
  });

  it('rates a short single word below a sentence of several words', () => {
    expect(passphraseStrength('судебныйакт')).toBe('weak');
    expect(passphraseStrength('Судья123!акт')).toBe('fair');
    expect(passphraseStrength('зелёный чайник стоит на окне')).toBe('strong');
  });
});

describe('the two passphrases typed', () => {
  it('are refused when too short or not the same, and taken otherwise', () => {
    expect(passphraseProblem('короткая', 'короткая')).toBe('tooShort');
    expect(passphraseProblem('длинная фраза один', 'длинная фраза два')).toBe('differ');
    expect(passphraseProblem('длинная фраза один', 'длинная фраза один')).toBeUndefined();
  });

  it('are the same when only their Unicode form differs (é typed as one or two characters)', () => {
    expect(passphraseProblem('caf\u00e9 au lait!', 'cafe\u0301 au lait!')).toBeUndefined();
  });
});
