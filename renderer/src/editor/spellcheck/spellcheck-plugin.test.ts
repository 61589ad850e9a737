// @vitest-environment jsdom
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { b } from '../../domain/act/test-builders';
import {
  acceptSpelling,
  replaceMisspelt,
  spellcheckPlugin,
  startSpellcheck,
  stopSpellcheck,
  type SpellcheckSession,
} from './spellcheck-plugin';

/** A checker that knows a few misspellings and records which words it was asked about. */
function fakeSession(misspellings: string[]) {
  const verdicts = new Map<string, boolean>();
  const asked: string[][] = [];
  const session: SpellcheckSession = {
    verdict: (word) => verdicts.get(word),
    check: async (words) => {
      asked.push([...words]);
      for (const word of words) verdicts.set(word, !misspellings.includes(word));
    },
    openMenu: vi.fn(),
  };
  return { session, asked, verdicts };
}

function editor(...paragraphs: string[]): EditorView {
  const doc = b.doc(
    { template: 't', language: 'ru' },
    b.part({ id: 'p' }, b.part_heading({ text: 'Часть' }), ...paragraphs.map((text) => b.paragraph(text))),
  );
  return new EditorView(document.createElement('div'), {
    state: EditorState.create({ doc, plugins: [spellcheckPlugin()] }),
  });
}

const underlined = (view: EditorView) =>
  [...view.dom.querySelectorAll('.spelling-error')].map((element) => element.textContent);

/** Types at the end of the paragraph holding `word`. */
function typeAfter(view: EditorView, word: string, text: string): void {
  let at = -1;
  view.state.doc.descendants((node, pos) => {
    if (node.isTextblock && node.textContent.includes(word)) at = pos + node.nodeSize - 1;
  });
  view.dispatch(view.state.tr.insertText(text, at));
}

describe('the spellcheck plugin', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does nothing until a session starts', async () => {
    const view = editor('Истец превет');
    await vi.advanceTimersByTimeAsync(1000);
    expect(underlined(view)).toEqual([]);
  });

  it('underlines the misspelt words of the whole act once started, skipping what it never checks', async () => {
    const view = editor('Истец превет ГПК 2024', 'ответчек не явился');
    const { session, asked } = fakeSession(['превет', 'ответчек']);
    startSpellcheck(session)(view.state, view.dispatch);
    await vi.advanceTimersByTimeAsync(100);
    expect(underlined(view)).toEqual(['превет', 'ответчек']);
    expect(asked.flat().sort()).toEqual(['Истец', 'не', 'ответчек', 'превет', 'явился']);
  });

  it('checks again only the paragraph being typed in, after a pause, asking only about new words', async () => {
    const view = editor('Истец превет', 'ответчик не явился', 'суд решил');
    const { session, asked } = fakeSession(['превет', 'заседанее']);
    startSpellcheck(session)(view.state, view.dispatch);
    await vi.advanceTimersByTimeAsync(100);
    asked.length = 0;

    typeAfter(view, 'явился', ' в заседанее');
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toEqual([]);
    expect(underlined(view)).toEqual(['превет']);

    await vi.advanceTimersByTimeAsync(400);
    expect(asked).toEqual([['заседанее']]);
    expect(underlined(view)).toEqual(['превет', 'заседанее']);
  });

  it('keeps underlines in place while text is typed before them, and drops the one of a word being edited', async () => {
    const view = editor('Истец превет', 'ответчек');
    const { session } = fakeSession(['превет', 'ответчек', 'ответчекк']);
    startSpellcheck(session)(view.state, view.dispatch);
    await vi.advanceTimersByTimeAsync(100);
    view.dispatch(view.state.tr.insertText('Суд, ', 3));
    expect(underlined(view)).toEqual(['превет', 'ответчек']);
    typeAfter(view, 'ответчек', 'к');
    expect(underlined(view)).toEqual(['превет']);
    await vi.advanceTimersByTimeAsync(500);
    expect(underlined(view)).toEqual(['превет', 'ответчекк']);
  });

  it('removes every underline when stopped, and a word added to the dictionary loses its underline', async () => {
    const view = editor('Превет превет ответчек');
    const { session, verdicts } = fakeSession(['Превет', 'превет', 'ответчек']);
    startSpellcheck(session)(view.state, view.dispatch);
    await vi.advanceTimersByTimeAsync(100);
    verdicts.set('превет', true);
    acceptSpelling('превет')(view.state, view.dispatch);
    expect(underlined(view)).toEqual(['ответчек']);
    stopSpellcheck(view.state, view.dispatch);
    expect(underlined(view)).toEqual([]);
    typeAfter(view, 'ответчек', ' атветчик');
    await vi.advanceTimersByTimeAsync(1000);
    expect(underlined(view)).toEqual([]);
  });

  it('replaces a misspelt word with a suggestion only while the word is still there', () => {
    const view = editor('Истец превет');
    const target = { word: 'превет', from: 9, to: 15 };
    expect(replaceMisspelt(target, 'привет')(view.state, view.dispatch)).toBe(true);
    expect(view.state.doc.textContent).toBe('Истец привет');
    expect(replaceMisspelt(target, 'привет')(view.state, view.dispatch)).toBe(false);
  });
});
