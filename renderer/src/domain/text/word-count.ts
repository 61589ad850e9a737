/**
 * Words as Word counts them: runs of non-space characters that hold a letter or a digit. So «Б.М.» and
 * «кое-что» are one word each, and a lone dash or quotation mark is none.
 */
const WORD = /[^\s]*[\p{L}\p{N}][^\s]*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
