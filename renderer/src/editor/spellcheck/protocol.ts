/** Messages to the spellcheck worker. Requests with an id get one answer with the same id. */
export type SpellcheckRequest =
  | { type: 'load'; aff: string; dic: string; ownWords: readonly string[] }
  | { type: 'add'; word: string }
  | { type: 'check'; id: number; words: readonly string[] }
  | { type: 'suggest'; id: number; word: string };

/** The worker's answers: misspelt words for a check, suggestions for a word, or why it could not answer. */
export type SpellcheckResponse =
  { id: number; misspelt: string[] } | { id: number; suggestions: string[] } | { id: number; error: string };
