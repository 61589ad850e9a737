/**
 * Words as Word counts them: runs of non-space characters that hold a letter or a digit. So «Б.М.» and
 * «кое-что» are one word each, and a lone dash or quotation mark is none: the matches of `[^\s]*[\p{L}\p{N}][^\s]*`
 * (flags `gu`). Counting them with that expression took 6 ms on a 100-page act (400,000 characters), and it is done
 * for every submission a trainer imports, so the runs are counted here in one pass over the code units, each
 * unit's kind learnt once from the same two character classes: ten to twenty times faster (Node, December 2026).
 */
const SPACE = /^\s$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const SPACE_KIND = 1;
const WORD_KIND = 2;
const OTHER_KIND = 3;
/** The kind of every UTF-16 code unit met so far (0: not yet); a surrogate alone is OTHER_KIND, a pair is tested apart. */
const kinds = new Uint8Array(0x10000);

export function countWords(text: string): number {
  let count = 0;
  let runHasWord = false;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const kind = kinds[unit] || learnKind(unit);
    if (kind === SPACE_KIND) {
      if (runHasWord) count++;
      runHasWord = false;
    } else if (kind === WORD_KIND) {
      runHasWord = true;
    } else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(index + 1))) {
      // A letter or digit beyond the first 65,536 code points (no space is one).
      if (LETTER_OR_DIGIT.test(text.slice(index, index + 2))) runHasWord = true;
      index++;
    }
  }
  return runHasWord ? count + 1 : count;
}

function learnKind(unit: number): number {
  const character = String.fromCharCode(unit);
  const kind = SPACE.test(character) ? SPACE_KIND : LETTER_OR_DIGIT.test(character) ? WORD_KIND : OTHER_KIND;
  kinds[unit] = kind;
  return kind;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
