import type { SpellcheckSession } from './spellcheck-plugin';
import type { DictionaryFiles } from './dictionaries';
import type { SpellcheckRequest, SpellcheckResponse } from './protocol';

interface Waiting {
  resolve: (response: SpellcheckResponse) => void;
  reject: (error: Error) => void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The main thread's side of the spellcheck worker: starts it with one language's dictionary, remembers every
 * verdict it gave (so a paragraph of known words is underlined without asking again), and ends it on
 * `terminate`. Nothing is loaded until an instance is made, that is until the trainee switches spellcheck on.
 */
export class SpellcheckWorkerClient implements Pick<SpellcheckSession, 'verdict' | 'check'> {
  private readonly worker: Worker;
  private readonly verdicts = new Map<string, boolean>();
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private failure: Error | null = null;

  /** `files` are absolute URLs of the app's own dictionary files; `ownWords` the trainee's words for the language. */
  constructor(files: DictionaryFiles, ownWords: readonly string[]) {
    this.worker = new Worker(new URL('./spellcheck.worker.ts', import.meta.url), {
      type: 'module',
      name: 'spellcheck',
    });
    this.worker.addEventListener('message', (event: MessageEvent<SpellcheckResponse>) => {
      const waiting = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      waiting?.resolve(event.data);
    });
    this.worker.addEventListener('error', (event) =>
      this.fail(new Error(event.message || 'Spellcheck worker failed')),
    );
    for (const word of ownWords) this.verdicts.set(word, true);
    this.post({ type: 'load', aff: files.aff, dic: files.dic, ownWords });
  }

  verdict = (word: string): boolean | undefined => this.verdicts.get(word);

  check = async (words: readonly string[]): Promise<void> => {
    const response = await this.request({ type: 'check', words });
    if (!('misspelt' in response)) throw new Error('Unexpected answer to a check');
    const misspelt = new Set(response.misspelt);
    for (const word of words) this.verdicts.set(word, !misspelt.has(word));
  };

  async suggest(word: string): Promise<string[]> {
    const response = await this.request({ type: 'suggest', word });
    if (!('suggestions' in response)) throw new Error('Unexpected answer to a suggestion request');
    return response.suggestions;
  }

  /** Accepts a word from now on, with its capitalised forms when it is written in lowercase. */
  addWord(word: string): void {
    for (const [known, correct] of this.verdicts) {
      if (!correct && known.toLowerCase() === word) this.verdicts.delete(known);
    }
    this.verdicts.set(word, true);
    this.post({ type: 'add', word });
  }

  terminate(): void {
    this.worker.terminate();
    this.fail(new Error('Spellcheck stopped'));
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  private post(request: SpellcheckRequest): void {
    this.worker.postMessage(request);
  }

  private request(request: DistributiveOmit<Extract<SpellcheckRequest, { id: number }>, 'id'>) {
    return new Promise<SpellcheckResponse>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const id = this.nextId++;
      this.waiting.set(id, {
        resolve: (response) => ('error' in response ? reject(new Error(response.error)) : resolve(response)),
        reject,
      });
      this.post({ ...request, id });
    });
  }
}
