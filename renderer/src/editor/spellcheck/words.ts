import type { Node as ProseMirrorNode } from 'prosemirror-model';

/** A word of the document and where it stands. */
export interface WordAt {
  word: string;
  from: number;
  to: number;
}

/** Letters and digits, joined by inner hyphens: «кто-то», «ЖШС-ның» and «2024-м» are one word each. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Whether a word is one the spellchecker judges. Left alone: numbers and words with digits («2024-м», «п3»),
 * abbreviations in capitals («ГПК», «ТОО») also with a case ending («ЖШС-ның», «АҚ-да»), one-letter words,
 * and words without a Cyrillic letter (names of foreign firms, e-mail addresses), which the Russian and Kazakh
 * dictionaries cannot judge. A Latin letter slipped into a Cyrillic word is still checked, and flagged.
 */
export function isCheckable(word: string): boolean {
  if (DIGIT.test(word) || !CYRILLIC.test(word)) return false;
  if (isAllCaps(word.split('-', 1)[0] ?? word)) return false;
  return word.replaceAll('-', '').length >= 2;
}

/**
 * The checkable words of one paragraph (or other textblock) starting at document position `start`. Text
 * split across marks (a bold ending) is read as one run; a citation or other inline node ends a word, so the
 * text of a citation is never checked.
 */
export function wordsInTextblock(block: ProseMirrorNode, start: number): WordAt[] {
  const words: WordAt[] = [];
  let run = '';
  let runStart = start + 1;
  const endRun = () => {
    for (const match of run.matchAll(WORD)) {
      if (!isCheckable(match[0])) continue;
      const from = runStart + match.index;
      words.push({ word: match[0], from, to: from + match[0].length });
    }
    run = '';
  };
  block.forEach((child, offset) => {
    if (child.isText) {
      if (!run) runStart = start + 1 + offset;
      run += child.text ?? '';
      return;
    }
    endRun();
  });
  endRun();
  return words;
}

/**
 * How a word goes into the trainee's dictionary: a capitalised word in lowercase (it was most likely capitalised
 * only because it starts a sentence, and the lowercase entry accepts both), anything else as written («КазНУ»).
 */
export function dictionaryForm(word: string): string {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() ? word.toLowerCase() : word;
}
