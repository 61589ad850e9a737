/** A word: letters or digits, possibly joined by a hyphen or apostrophe (e.g. «кое-что», «2026-го»). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
