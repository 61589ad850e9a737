import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { shippedFiles } from './shipped-files.ts';
import type { SpellcheckLanguage } from '../renderer/src/editor/spellcheck/dictionaries.ts';

/** The Russian dictionary comes from the dictionary-ru package; the Kazakh one is kept in the repository. */
function dictionarySources(): Record<SpellcheckLanguage, Record<string, string>> {
  const russian = path.dirname(createRequire(import.meta.url).resolve('dictionary-ru'));
  const kazakh = fileURLToPath(new URL('../renderer/dictionaries/kk/', import.meta.url));
  return {
    ru: {
      'ru.aff': path.join(russian, 'index.aff'),
      'ru.dic': path.join(russian, 'index.dic'),
      LICENSE: path.join(russian, 'license'),
    },
    kk: {
      'kk.aff': path.join(kazakh, 'kk_KZ.aff'),
      'kk.dic': path.join(kazakh, 'kk_KZ.dic'),
      copyright: path.join(kazakh, 'copyright'),
      'README_kk_KZ.txt': path.join(kazakh, 'README_kk_KZ.txt'),
    },
  };
}

/**
 * Ships the spelling dictionaries inside the app, at `dictionaries/<language>/` beside index.html (the paths
 * renderer/src/editor/spellcheck/dictionaries.ts names), each with its licence. The spellcheck worker fetches them
 * from the app's own origin; nothing is downloaded.
 */
export function spellcheckDictionaries(): Plugin {
  const files = new Map<string, string>(
    Object.entries(dictionarySources()).flatMap(([language, sources]) =>
      Object.entries(sources).map(([name, source]) => [`dictionaries/${language}/${name}`, source] as const),
    ),
  );
  return shippedFiles('casedraft-spellcheck-dictionaries', files);
}
