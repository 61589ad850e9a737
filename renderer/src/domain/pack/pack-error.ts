/** Where in a pack a problem is: `['cases', 0, 'title']`. The UI words it for people (case 1 → title). */
export type FieldPath = (string | number)[];

/** What a size limit counts: characters of a text, items of a list, or a number's value. */
export type LimitUnit = 'characters' | 'items' | 'value';

/**
 * Why a pack file was refused. The domain names the problem and where it is; the UI turns the code into a
 * sentence in the user's language.
 */
export type PackProblem =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'notText' }
  /** `line` and `column` (from 1) where the JSON parser stopped, when it says. */
  | { code: 'notJson'; line?: number; column?: number }
  | { code: 'notAPack' }
  | { code: 'unsupportedFormatVersion'; found: string; supported: number[] }
  | { code: 'missingField'; path: FieldPath }
  | { code: 'unknownField'; path: FieldPath }
  | { code: 'wrongType'; path: FieldPath; expected: string }
  | { code: 'invalidValue'; path: FieldPath }
  | { code: 'tooShort'; path: FieldPath; min: number; unit: LimitUnit }
  | { code: 'tooLong'; path: FieldPath; max: number; unit: LimitUnit }
  | { code: 'unknownActType'; path: FieldPath; actType: string }
  | { code: 'duplicateId'; path: FieldPath; id: string }
  | { code: 'olderVersion'; title: string; imported: number; offered: number };

export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`Invalid case pack: ${problems.map((problem) => JSON.stringify(problem)).join('; ')}`);
    this.name = 'PackError';
  }
}
