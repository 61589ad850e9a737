/**
 * The languages whose spelling dictionaries ship with the app. The build places each language's Hunspell files
 * at `dictionaries/<language>/<language>.aff` and `.dic` beside index.html (scripts/spellcheck-dictionaries.ts),
 * so they load from the app itself and never from a network.
 */
export const SPELLCHECK_LANGUAGES = ['ru', 'kk'] as const;

export type SpellcheckLanguage = (typeof SPELLCHECK_LANGUAGES)[number];

export interface DictionaryFiles {
  aff: string;
  dic: string;
}

export function hasDictionary(language: string): language is SpellcheckLanguage {
  return (SPELLCHECK_LANGUAGES as readonly string[]).includes(language);
}

/** Where a language's dictionary files are, relative to the app's index.html. */
export function dictionaryPaths(language: SpellcheckLanguage): DictionaryFiles {
  return { aff: `dictionaries/${language}/${language}.aff`, dic: `dictionaries/${language}/${language}.dic` };
}
