import { MIN_PASSPHRASE_LENGTH } from '../../../domain/keys/recovery-file';

/** How hard a passphrase would be to guess, as a hint shown while it is typed. */
export type PassphraseStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough hint, not a gate (any passphrase of MIN_PASSPHRASE_LENGTH characters is taken): length counts most,
 * then several words or kinds of characters; a passphrase made of one or two repeated characters is weak
 * whatever its length. A guessing-cost estimator (zxcvbn) knows English words, not Kazakh or Russian ones, and is
 * not among the app's packages; for a hint, this is enough.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const characters = [...passphrase.normalize('NFC')];
  if (characters.length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (new Set(characters).size <= 2) return 'weak';
  const words = passphrase.trim().split(/\s+/).length;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u].filter((kind) =>
    kind.test(passphrase),
  ).length;
  if (characters.length >= 20 || words >= 4 || (characters.length >= 14 && kinds >= 3)) return 'strong';
  if (characters.length >= 14 || words >= 3 || kinds >= 3) return 'fair';
  return 'weak';
}

/** Why the two passphrases typed cannot be used yet; undefined when they can. */
export function passphraseProblem(passphrase: string, repeated: string): 'tooShort' | 'differ' | undefined {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (passphrase.normalize('NFC') !== repeated.normalize('NFC')) return 'differ';
  return undefined;
}
