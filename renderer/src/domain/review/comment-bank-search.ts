/**
 * Finding a comment in the bank by typing a few word beginnings, as a trainer does mid-marking: «мотив отказ»
 * finds «Отказ в иске не мотивирован». Every typed word must begin some word of the comment, in any order; a
 * match inside a word is not one (typing «каз» should not bring up every «отказ»), which also keeps the list short
 * enough to pick from with the keyboard. Letters compare without case and diacritics (ё is е, й is и), and
 * Kazakh letters as the Russian ones typed for them on a keyboard without the Kazakh layout (ә as а, қ as к, і as
 * и …), so a comment is found however it was typed.
 */
export interface BankSearchEntry {
  id: string;
  criterionId: string;
  text: string;
  updatedAt: string;
}

export interface BankSearchOptions {
  /** The criterion being marked: its comments come first. */
  criterionId?: string;
  /** How often each comment was used (countBankUses): more used comes first. */
  uses?: ReadonlyMap<string, number>;
}

/**
 * The entries matching the query (all of them for an empty query), the given criterion's first, then the most
 * used, then the most recently edited.
 */
export function searchBank<T extends BankSearchEntry>(
  entries: readonly T[],
  query: string,
  options: BankSearchOptions = {},
): T[] {
  const typed = wordsOf(query);
  const matching = entries.filter((entry) => {
    const words = wordsOf(entry.text);
    return typed.every((start) => words.some((word) => word.startsWith(start)));
  });
  const uses = (entry: T) => options.uses?.get(entry.id) ?? 0;
  const ofCriterion = (entry: T) => (entry.criterionId === options.criterionId ? 0 : 1);
  return matching.sort(
    (a, b) =>
      ofCriterion(a) - ofCriterion(b) ||
      uses(b) - uses(a) ||
      (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
  );
}

/** Kazakh letters as a Russian keyboard types them. */
const KAZAKH_AS_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/** The words of a text, folded so that the ways one word may be typed compare equal. */
function wordsOf(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[әғқңөұүһі]/g, (letter) => KAZAKH_AS_RUSSIAN[letter] ?? letter);
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}
