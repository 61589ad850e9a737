import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import {
  changedRanges,
  mapRanges,
  mergeRanges,
  subtractRange,
  takeTextblocks,
  type TextRange,
} from './pending-ranges';
import { wordsInTextblock } from './words';

/** A misspelt word the trainee asked about (context menu), with the screen point to show the menu at. */
export interface MisspeltWord {
  word: string;
  from: number;
  to: number;
  left: number;
  top: number;
}

/** What the plugin needs while spellcheck is on: a checker (running in a worker) and a menu to show. */
export interface SpellcheckSession {
  /** true for a correct word, false for a misspelt one, undefined for one not checked yet. */
  verdict(word: string): boolean | undefined;
  /** Checks words off the main thread; their verdicts are known once the promise settles. */
  check(words: readonly string[]): Promise<void>;
  openMenu(target: MisspeltWord): void;
}

interface SpellcheckState {
  session: SpellcheckSession | null;
  decorations: DecorationSet;
  /** Text changed since it was last checked, in positions of the current document. */
  pending: readonly TextRange[];
}

type SpellcheckMeta =
  | { type: 'start'; session: SpellcheckSession }
  | { type: 'stop' }
  | { type: 'checked'; covered: TextRange; blocks: TextRange[]; decorations: Decoration[] }
  | { type: 'accepted'; word: string };

/** How long typing must pause before changed paragraphs are checked. */
const TYPING_PAUSE_MS = 400;
/** Between two batches of a long check (a whole act when spellcheck is switched on), so typing stays smooth. */
const NEXT_BATCH_MS = 20;
/** Paragraphs read on the main thread per batch. */
const BLOCKS_PER_BATCH = 150;

const spellcheckKey = new PluginKey<SpellcheckState>('spellcheck');

const off: SpellcheckState = { session: null, decorations: DecorationSet.empty, pending: [] };

/**
 * Underlines misspelt words (class `spelling-error`) while a session is running; does nothing otherwise. Only
 * changed paragraphs are checked again, after a pause in typing: per keystroke the plugin maps its underlines
 * and its list of changed stretches through the change, which costs the same in a one-page act and in a
 * hundred-page one. Words are judged in a worker; the paragraphs are read here in batches.
 */
export function spellcheckPlugin(): Plugin<SpellcheckState> {
  return new Plugin<SpellcheckState>({
    key: spellcheckKey,
    state: {
      init: () => off,
      apply: (tr, value) => {
        const meta = tr.getMeta(spellcheckKey) as SpellcheckMeta | undefined;
        if (meta?.type === 'start') {
          return {
            session: meta.session,
            decorations: DecorationSet.empty,
            pending: [{ from: 0, to: tr.doc.content.size }],
          };
        }
        if (meta?.type === 'stop') return off;
        if (!value.session) return value;
        let { decorations, pending } = value;
        if (tr.docChanged) {
          const changed = changedRanges(tr.mapping);
          decorations = decorations.map(tr.mapping, tr.doc);
          // A word being edited loses its underline until it is checked again.
          for (const range of changed)
            decorations = decorations.remove(decorations.find(range.from, range.to));
          pending = mergeRanges([...mapRanges(pending, tr.mapping), ...changed]);
        }
        if (meta?.type === 'checked') {
          for (const block of meta.blocks)
            decorations = decorations.remove(decorations.find(block.from, block.to));
          decorations = decorations.add(tr.doc, meta.decorations);
          pending = subtractRange(pending, meta.covered);
        }
        if (meta?.type === 'accepted') {
          const accepted = (spec: { word?: string }) =>
            spec.word === meta.word || spec.word?.toLowerCase() === meta.word;
          decorations = decorations.remove(decorations.find(undefined, undefined, accepted));
        }
        return { session: value.session, decorations, pending };
      },
    },
    view: (view) => new SpellcheckScheduler(view),
    props: {
      decorations(state) {
        return this.getState(state)?.decorations;
      },
      handleDOMEvents: {
        contextmenu: (view, event) => {
          const target = misspeltWordAt(view, event);
          const session = spellcheckKey.getState(view.state)?.session;
          if (!target || !session) return false;
          event.preventDefault();
          session.openMenu(target);
          return true;
        },
      },
    },
  });
}

/** The misspelt word under the mouse, or at the cursor when the menu was opened from the keyboard. */
function misspeltWordAt(view: EditorView, event: MouseEvent): MisspeltWord | null {
  const decorations = spellcheckKey.getState(view.state)?.decorations;
  if (!decorations) return null;
  const pointed = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
  for (const pos of [pointed, view.state.selection.head]) {
    if (pos === undefined) continue;
    const [found] = decorations.find(pos, pos);
    const word = (found?.spec as { word?: string } | undefined)?.word;
    if (!found || !word) continue;
    const fromMouse = pos === pointed && (event.clientX !== 0 || event.clientY !== 0);
    const corner = view.coordsAtPos(found.from);
    return {
      word,
      from: found.from,
      to: found.to,
      left: fromMouse ? event.clientX : corner.left,
      top: fromMouse ? event.clientY : corner.bottom,
    };
  }
  return null;
}

/** Checks the pending paragraphs after a pause in typing, batch by batch, never while a check is out. */
class SpellcheckScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checking = false;

  constructor(private readonly view: EditorView) {}

  update(view: EditorView, previous: EditorState): void {
    const state = spellcheckKey.getState(view.state);
    if (!state?.session || state.pending.length === 0) return this.cancel();
    if (this.checking) return;
    const typed = view.state.doc !== previous.doc;
    if (typed) this.schedule(TYPING_PAUSE_MS);
    else if (this.timer === undefined) this.schedule(NEXT_BATCH_MS);
  }

  destroy(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delay: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.checkBatch();
    }, delay);
  }

  private checkBatch(): void {
    const { view } = this;
    const state = spellcheckKey.getState(view.state);
    const session = state?.session;
    if (view.isDestroyed || !session || state.pending.length === 0) return;
    const { doc } = view.state;
    const { blocks, covered } = takeTextblocks(doc, state.pending, BLOCKS_PER_BATCH);
    const words = blocks.flatMap((block) => wordsInTextblock(block.node, block.pos));
    const unchecked = [
      ...new Set(words.map(({ word }) => word).filter((word) => session.verdict(word) === undefined)),
    ];
    if (unchecked.length > 0) {
      this.checking = true;
      const settle = () => {
        this.checking = false;
        // Typing meanwhile: wait for its pause, so the word being typed is not underlined half-written.
        if (view.state.doc === doc) this.checkBatch();
        else this.schedule(TYPING_PAUSE_MS);
      };
      const fail = (error: unknown) => {
        this.checking = false;
        // A session stopped (its worker ended) while checking is no failure: go on with the new one, if any.
        if (spellcheckKey.getState(view.state)?.session !== session) this.checkBatch();
        else console.error('Spellcheck failed', error);
      };
      session.check(unchecked).then(settle, fail);
      return;
    }
    const decorations = words
      .filter(({ word }) => session.verdict(word) === false)
      .map(({ word, from, to }) => Decoration.inline(from, to, { class: 'spelling-error' }, { word }));
    const meta: SpellcheckMeta = {
      type: 'checked',
      covered,
      blocks: blocks.map(({ node, pos }) => ({ from: pos, to: pos + node.nodeSize })),
      decorations,
    };
    view.dispatch(view.state.tr.setMeta(spellcheckKey, meta));
  }
}

/** Starts checking the whole act with a session, replacing any earlier one. */
export function startSpellcheck(session: SpellcheckSession): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(spellcheckKey, { type: 'start', session } satisfies SpellcheckMeta));
    return true;
  };
}

/** Stops checking and removes every underline. */
export const stopSpellcheck: Command = (state, dispatch) => {
  if (!spellcheckKey.getState(state)?.session) return false;
  dispatch?.(state.tr.setMeta(spellcheckKey, { type: 'stop' } satisfies SpellcheckMeta));
  return true;
};

/** Removes the underlines of a word the trainee added to their dictionary (and of its capitalised forms). */
export function acceptSpelling(word: string): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(spellcheckKey, { type: 'accepted', word } satisfies SpellcheckMeta));
    return true;
  };
}

/** Replaces a misspelt word with a suggestion, if the word is still where the menu found it. */
export function replaceMisspelt(
  target: Pick<MisspeltWord, 'word' | 'from' | 'to'>,
  replacement: string,
): Command {
  return (state, dispatch) => {
    const { from, to, word } = target;
    if (to > state.doc.content.size || state.doc.textBetween(from, to) !== word) return false;
    dispatch?.(state.tr.insertText(replacement, from, to).scrollIntoView());
    return true;
  };
}
