/**
 * Why a pack file was refused. The domain names the problem and where it is (`path`, e.g.
 * `cases[0].materials[2].title`); the UI turns the code into a sentence in the user's language.
 */
export type PackProblem =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'notText' }
  | { code: 'notJson'; detail: string }
  | { code: 'notAPack' }
  | { code: 'unsupportedFormatVersion'; found: string; supported: number[] }
  | { code: 'missingField'; path: string }
  | { code: 'unknownField'; path: string }
  | { code: 'wrongType'; path: string; expected: string }
  | { code: 'invalidValue'; path: string }
  | { code: 'tooShort'; path: string; min: number }
  | { code: 'tooLong'; path: string; max: number }
  | { code: 'unknownActType'; path: string; actType: string }
  | { code: 'duplicateId'; path: string; id: string }
  | { code: 'olderVersion'; packId: string; imported: number; offered: number };

export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`Invalid case pack: ${problems.map((problem) => JSON.stringify(problem)).join('; ')}`);
    this.name = 'PackError';
  }
}
