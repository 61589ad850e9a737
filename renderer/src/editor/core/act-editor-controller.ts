import type { Node as ProseMirrorNode } from 'prosemirror-model';
import {
  Selection,
  TextSelection,
  type Command,
  type EditorState,
  type Transaction,
} from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { crossPartRange, deleteAcrossParts } from '../structure/delete-across-parts';
import { actLanguage } from '../../domain/act/document';
import { createActEditorState, createActViewState } from './editor-state';
import { partRange } from '../structure/part-range';
import { evidenceLinksPlugin, type EvidenceLinkOptions } from '../evidence/evidence-links';
import { setPassageHighlights, type PassageHighlight } from './passage-highlights';

export interface ActEditorOptions {
  doc: ProseMirrorNode;
  /** Part id → hint shown while the part is empty. */
  hints: ReadonlyMap<string, string>;
  /** The language of the act, for hyphenation and the spellcheck's dictionary. */
  language: string;
  /** Label read by screen readers for the editing area. */
  label: string;
  /**
   * Called after every change with the new document (cheap: the document is not copied) and the transaction that
   * made it (the writing timeline reads pastes and long deletions from it).
   */
  onDocChange: (doc: ProseMirrorNode, tr: Transaction) => void;
  onBlur: () => void;
  /** The case's materials, for evidence links: their titles, broken links, opening a material on a click. */
  evidence?: EvidenceLinkOptions;
}

/**
 * An act shown, never edited (an earlier version in the history, a trainee's act in review): the same schema, mark
 * views and numbering as the editor, with citations and evidence links reachable from the keyboard.
 */
export interface ActViewOptions {
  readOnly: true;
  doc: ProseMirrorNode;
  /** Label read by screen readers for the act. */
  label: string;
  /** Classes beside the editor's own `act-editor`, for where the act is shown. */
  className?: string;
  evidence?: EvidenceLinkOptions;
  /**
   * The act takes a keyboard caret and a selection (arrows, Shift+arrows), as a text does, for a reader who
   * selects passages to comment on; it still takes no change: typing, deleting, pasting and dropping do nothing.
   */
  caret?: boolean;
}

/**
 * Owns one ProseMirror view. React components subscribe to it (useSyncExternalStore) and read what they
 * need from `state`; each listener must derive only cheap, local facts, since listeners run on every
 * transaction. A read-only view (ActViewOptions) takes selections but never a change to its document.
 */
export class ActEditorController {
  readonly view: EditorView;
  /** The act's language ('ru', 'kk'), for the spellcheck toggle. */
  readonly language: string;
  private readonly listeners = new Set<() => void>();
  /** Set by `lock`: the act takes no more changes, from the keyboard or from any command. */
  private locked = false;

  constructor(mount: HTMLElement, options: ActEditorOptions | ActViewOptions) {
    const readOnly = 'readOnly' in options;
    // Editable for the browser, so that it draws a caret and moves it with the keys; every input is refused below.
    const caret = readOnly && options.caret === true;
    this.language = readOnly ? actLanguage(options.doc) : options.language;
    this.view = new EditorView(mount, {
      state: readOnly ? createActViewState(options.doc) : createActEditorState(options.doc, options.hints),
      editable: () => !readOnly || caret,
      attributes: {
        lang: this.language,
        // The browser's own spellchecker would download dictionaries; editor/spellcheck/spellcheck-plugin.ts replaces it.
        spellcheck: 'false',
        'aria-label': options.label,
        ...(caret
          ? {
              class: ['act-editor', options.className].filter(Boolean).join(' '),
              role: 'textbox',
              'aria-multiline': 'true',
              'aria-readonly': 'true',
            }
          : readOnly
            ? {
                class: ['act-editor', options.className].filter(Boolean).join(' '),
                role: 'document',
                // Focusable, so keyboard users can scroll it.
                tabindex: '0',
              }
            : { class: 'act-editor' }),
      },
      dispatchTransaction: (tr) => {
        // Reading must never change what is read: nothing the view does to a shown act is kept.
        if ((readOnly || this.locked) && tr.docChanged) return;
        this.apply(tr, readOnly ? undefined : options.onDocChange);
      },
      // View-only plugins: they need the open case, which the editor state knows nothing of.
      plugins: options.evidence ? [evidenceLinksPlugin(options.evidence, { readOnly })] : [],
      handleDOMEvents: {
        blur: () => {
          if (!readOnly) options.onBlur();
          return false;
        },
        // A shown act with a caret: the browser is told no before it changes the page (typing, deleting, pasting,
        // dropping, dictation, spelling fixes). What it does anyway (an IME's composition cannot be refused) reaches
        // ProseMirror as a change, which dispatchTransaction drops, and ProseMirror draws the act again as it was.
        beforeinput: (_view, event) => {
          if (!readOnly) return false;
          event.preventDefault();
          return true;
        },
      },
      handleDrop: () => readOnly,
      handlePaste: (view, _event, slice) => {
        if (readOnly) return true;
        // Pasting over a selection that spans parts: clear each part's selected text, then paste.
        if (!deleteAcrossParts(view.state, view.dispatch)) return false;
        view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('uiEvent', 'paste'));
        return true;
      },
      handleTextInput: (view, _from, _to, text) => {
        if (readOnly) return true;
        // Typing over a selection that spans parts: clear each part's selected text, then insert.
        if (!deleteAcrossParts(view.state, view.dispatch)) return false;
        view.dispatch(view.state.tr.insertText(text).scrollIntoView());
        return true;
      },
    });
  }

  /**
   * Makes an editor read-only for good (a timed exam whose time is up): the browser stops taking input, and a change
   * a toolbar command or a restored version would make is dropped, as in a shown act.
   */
  lock(): void {
    this.locked = true;
    this.view.setProps({ editable: () => false });
    this.listeners.forEach((listener) => listener());
  }

  get isLocked(): boolean {
    return this.locked;
  }

  get state(): EditorState {
    return this.view.state;
  }

  get doc(): ProseMirrorNode {
    return this.view.state.doc;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Runs a command against the view, as a toolbar button does, and gives focus back to the text. */
  run(command: Command): boolean {
    const done = command(this.view.state, this.view.dispatch, this.view);
    this.view.focus();
    return done;
  }

  /**
   * Runs a command from a control beside the text (a checklist's "not applicable"), leaving focus on that control
   * so a keyboard user keeps their place.
   */
  runBeside(command: Command): boolean {
    return command(this.view.state, this.view.dispatch, this.view);
  }

  /** Puts the cursor at the start of a part's text and scrolls the part's heading into view. */
  focusPart(index: number): void {
    const { doc } = this.view.state;
    if (index < 0 || index >= doc.childCount) return;
    const { start, contentStart } = partRange(doc, index);
    this.view.dispatch(this.view.state.tr.setSelection(Selection.near(doc.resolve(contentStart + 1))));
    this.view.focus();
    const heading = this.view.nodeDOM(start + 1);
    if (heading instanceof HTMLElement) heading.scrollIntoView({ block: 'start' });
  }

  /** Puts the cursor at the nearest place a cursor can be to `pos` (e.g. a checklist item) and scrolls it into view. */
  focusPosition(pos: number): void {
    const { doc } = this.view.state;
    const $pos = doc.resolve(Math.min(Math.max(pos, 0), doc.content.size));
    this.view.dispatch(this.view.state.tr.setSelection(Selection.near($pos)).scrollIntoView());
    this.view.focus();
  }

  /** Selects a passage (a comment's), scrolls it into view and puts the focus in the act. */
  selectRange(from: number, to: number): void {
    const { doc } = this.view.state;
    const clamp = (pos: number) => Math.min(Math.max(pos, 0), doc.content.size);
    this.view.dispatch(
      this.view.state.tr.setSelection(TextSelection.create(doc, clamp(from), clamp(to))).scrollIntoView(),
    );
    this.view.focus();
  }

  /** Draws these passages highlighted in place of those drawn before (a read-only act's comments). */
  showPassages(highlights: readonly PassageHighlight[]): void {
    this.view.dispatch(setPassageHighlights(this.view.state, highlights));
  }

  destroy(): void {
    this.listeners.clear();
    this.view.destroy();
  }

  private apply(tr: Transaction, onDocChange: ActEditorOptions['onDocChange'] | undefined): void {
    // ProseMirror has copied a cut selection to the clipboard and now deletes it; across parts that delete would
    // merge them and be refused, so delete part by part instead.
    if (tr.getMeta('uiEvent') === 'cut' && crossPartRange(this.view.state)) {
      deleteAcrossParts(this.view.state, this.view.dispatch);
      return;
    }
    const state = this.view.state.apply(tr);
    this.view.updateState(state);
    if (tr.docChanged) onDocChange?.(state.doc, tr);
    for (const listener of this.listeners) listener();
  }
}

/** The index of the part holding the cursor. */
export function currentPartIndex(state: EditorState): number {
  const { $head } = state.selection;
  return $head.depth === 0 ? 0 : $head.index(0);
}
