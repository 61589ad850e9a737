import { HunspellDictionary } from './hunspell-dictionary';
import type { SpellcheckRequest, SpellcheckResponse } from './protocol';

/**
 * Loads one language's dictionary (files the app ships, from its own origin) and answers checks and
 * suggestions, so neither loading nor checking ever runs on the thread that handles typing.
 */
let dictionary: Promise<HunspellDictionary> | null = null;

async function loadDictionary(affUrl: string, dicUrl: string, ownWords: readonly string[]) {
  const read = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.text();
  };
  const [aff, dic] = await Promise.all([read(affUrl), read(dicUrl)]);
  const loaded = new HunspellDictionary(aff, dic);
  for (const word of ownWords) loaded.addOwnWord(word);
  return loaded;
}

function reply(response: SpellcheckResponse): void {
  postMessage(response);
}

async function answer(request: SpellcheckRequest): Promise<void> {
  if (request.type === 'load') {
    dictionary = loadDictionary(request.aff, request.dic, request.ownWords);
    return;
  }
  if (request.type === 'add') {
    (await dictionary)?.addOwnWord(request.word);
    return;
  }
  try {
    if (!dictionary) throw new Error('No dictionary was loaded');
    const loaded = await dictionary;
    if (request.type === 'check') {
      reply({ id: request.id, misspelt: request.words.filter((word) => !loaded.isCorrect(word)) });
    } else {
      reply({ id: request.id, suggestions: loaded.suggest(request.word) });
    }
  } catch (error) {
    reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}

addEventListener('message', (event: MessageEvent<SpellcheckRequest>) => void answer(event.data));
