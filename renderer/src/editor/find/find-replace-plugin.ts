import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { keydownHandler } from 'prosemirror-keymap';
import { Plugin, PluginKey, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { actSchema } from '../../domain/act/schema';
import { findMatches, searchPattern } from '../../domain/text/search-text';
import { bindKeys } from '../core/keymap';
import { SHORTCUTS } from '../core/shortcuts';

/**
 * Find and replace in the act. Matching is the case file's (domain/text/search-text.ts): case and
 * ё/е ignored in every script, Kazakh letters included, any whitespace matching any whitespace. "Match case"
 * and "whole words" narrow those matches down. Matches never span a citation (an atom) or cross a paragraph,
 * and part headings are atoms, so they are never found or replaced.
 *
 * The matches live in a DecorationSet. While the trainee types with the bar open, the set is mapped through
 * the transaction and only the paragraphs the transaction touched are searched again: per-keystroke work does
 * not grow with the act.
 */

export interface FindQuery {
  text: string;
  matchCase: boolean;
  wholeWord: boolean;
}

export interface FindMatch {
  from: number;
  to: number;
}

export interface FindState {
  /** The find bar: closed, or open (with the replace row or not). `request` changes with every Mod-f/Mod-h. */
  panel: { replace: boolean; request: number } | null;
  query: FindQuery;
  /** Null while the bar is closed or the query is too short to search for. */
  search: CompiledQuery | null;
  decorations: DecorationSet;
  count: number;
  current: FindMatch | null;
  /** The current match's place among all matches, from 0; -1 without a current match. */
  currentIndex: number;
  /** Changes whenever the current match should be scrolled into view. */
  reveal: number;
}

export type FindAction =
  /** `seed`, when not empty, becomes the text searched for. */
  | { type: 'open'; replace: boolean; seed: string }
  /** Shows or hides the replace row of an open bar. */
  | { type: 'showReplace'; shown: boolean }
  | { type: 'close' }
  | { type: 'query'; query: FindQuery }
  | { type: 'select'; match: FindMatch };

interface CompiledQuery {
  pattern: RegExp;
  /** The query as the case-sensitive comparison sees it; null when case is ignored. */
  exact: string | null;
  wholeWord: boolean;
}

interface MatchSpec {
  findMatch: true;
  current: boolean;
}

export const findReplaceKey = new PluginKey<FindState>('findReplace');

const EMPTY_QUERY: FindQuery = { text: '', matchCase: false, wholeWord: false };
/** A selection longer than this is not what the trainee wants to search for. */
const MAX_SEED_LENGTH = 200;
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
/** Beyond this many steps (a replace-all, its undo) one fresh search costs less than following every step. */
const MAX_FOLLOWED_STEPS = 16;

export function findReplacePlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findReplaceKey,
    state: {
      init: () => ({
        panel: null,
        query: EMPTY_QUERY,
        search: null,
        decorations: DecorationSet.empty,
        count: 0,
        current: null,
        currentIndex: -1,
        reveal: 0,
      }),
      apply: (tr, previous, _oldState, state) => {
        let next = tr.docChanged && previous.search ? afterChange(previous, tr) : previous;
        const action = tr.getMeta(findReplaceKey) as FindAction | undefined;
        if (action) next = applyAction(next, action, state);
        return next;
      },
    },
    props: {
      decorations(state) {
        return this.getState(state)?.decorations;
      },
      handleKeyDown: keydownHandler({
        ...bindKeys(SHORTCUTS.find, openFind(false)),
        ...bindKeys(SHORTCUTS.replace, openFind(true)),
      }),
    },
    view: () => ({
      update(view: EditorView, previousState: EditorState) {
        const reveal = findReplaceKey.getState(view.state)?.reveal;
        if (reveal !== findReplaceKey.getState(previousState)?.reveal) revealCurrent(view);
      },
    }),
  });
}

/** The find state of an editor state made with the act editor's plugins. */
export function findState(state: EditorState): FindState {
  const find = findReplaceKey.getState(state);
  if (!find) throw new Error('The find-and-replace plugin is not installed');
  return find;
}

/** Opens the find bar, searching for the selected text when a short piece of one paragraph is selected. */
export function openFind(replace: boolean): Command {
  return (state, dispatch) => {
    const { from, to, $from, $to } = state.selection;
    const { current } = findState(state);
    // The selected current match is being searched for already; its letters may differ from the query's.
    const onCurrent = current?.from === from && current.to === to;
    const seed =
      from < to && !onCurrent && $from.sameParent($to) && to - from <= MAX_SEED_LENGTH
        ? state.doc.textBetween(from, to).trim()
        : '';
    dispatch?.(state.tr.setMeta(findReplaceKey, { type: 'open', replace, seed } satisfies FindAction));
    return true;
  };
}

/** Every match of the current search, in document order. Costs O(matches): for commands, not per keystroke. */
export function allMatches(find: FindState, from = 0, to = Infinity): FindMatch[] {
  if (!find.search) return [];
  return find.decorations
    .find(from, to === Infinity ? undefined : to, isMatch)
    .filter((decoration) => decoration.from >= from && decoration.to <= to)
    .map(({ from: start, to: end }) => ({ from: start, to: end }))
    .sort((a, b) => a.from - b.from);
}

function applyAction(find: FindState, action: FindAction, state: EditorState): FindState {
  switch (action.type) {
    case 'open': {
      const panel = { replace: action.replace, request: (find.panel?.request ?? 0) + 1 };
      if (action.seed) return search({ ...find, panel }, { ...find.query, text: action.seed }, state);
      return find.search ? { ...find, panel } : search({ ...find, panel }, find.query, state);
    }
    case 'showReplace':
      return find.panel ? { ...find, panel: { ...find.panel, replace: action.shown } } : find;
    case 'close':
      return {
        ...find,
        panel: null,
        search: null,
        decorations: DecorationSet.empty,
        count: 0,
        current: null,
        currentIndex: -1,
      };
    case 'query':
      return search(find, action.query, state);
    case 'select':
      return select(find, action.match, state.doc);
  }
}

/** Searches the whole document; the current match is the first one from the selection on. */
function search(find: FindState, query: FindQuery, state: EditorState): FindState {
  const compiled = compileQuery(query);
  const base = { ...find, query, search: compiled };
  if (!compiled || !find.panel) {
    return { ...base, decorations: DecorationSet.empty, count: 0, current: null, currentIndex: -1 };
  }
  const matches = scanRange(state.doc, 0, state.doc.content.size, compiled);
  const current = matches.find((match) => match.from >= state.selection.from) ?? matches[0] ?? null;
  return withMatches(base, state.doc, matches, current, true);
}

/**
 * The state for a complete list of matches; `wanted` is the current one when it is among them. `reveal` asks
 * for the current match to be scrolled into view.
 */
function withMatches(
  find: FindState,
  doc: ProseMirrorNode,
  matches: FindMatch[],
  wanted: FindMatch | null,
  reveal: boolean,
): FindState {
  const currentIndex = wanted
    ? matches.findIndex((match) => match.from === wanted.from && match.to === wanted.to)
    : -1;
  const current = matches[currentIndex] ?? null;
  const decorations = DecorationSet.create(doc, [
    ...matches.map((match) => matchDecoration(match, false)),
    ...(current ? [matchDecoration(current, true)] : []),
  ]);
  return {
    ...find,
    decorations,
    count: matches.length,
    current,
    currentIndex: current ? currentIndex : -1,
    reveal: current && reveal ? find.reveal + 1 : find.reveal,
  };
}

function select(find: FindState, match: FindMatch, doc: ProseMirrorNode): FindState {
  const exists = find.decorations
    .find(match.from, match.to, isMatch)
    .some((decoration) => decoration.from === match.from && decoration.to === match.to);
  if (!exists) return find;
  let decorations = find.decorations;
  if (find.current) decorations = decorations.remove(currentDecorations(decorations, find.current));
  decorations = decorations.add(doc, [matchDecoration(match, true)]);
  const currentIndex = decorations.find(0, match.from, isMatch).filter((d) => d.from < match.from).length;
  return { ...find, decorations, current: match, currentIndex, reveal: find.reveal + 1 };
}

/**
 * Brings the matches up to date after an edit: maps them, then searches again only the paragraphs the
 * transaction touched. The count and the current match's place are corrected by what those paragraphs held
 * before and hold now.
 */
function afterChange(find: FindState, tr: Transaction): FindState {
  const search = find.search;
  if (!search) return find;
  if (tr.steps.length > MAX_FOLLOWED_STEPS) {
    const current = find.current && mapMatch(find.current, tr.mapping);
    return withMatches(find, tr.doc, scanRange(tr.doc, 0, tr.doc.content.size, search), current, false);
  }
  const back = tr.mapping.invert();
  let decorations = find.decorations.map(tr.mapping, tr.doc);
  let count = find.count;
  let current = find.current && mapMatch(find.current, tr.mapping);
  let currentIndex = find.currentIndex;
  for (const [from, to] of changedRegions(tr)) {
    const oldFrom = back.map(from, -1);
    const oldTo = back.map(to, 1);
    const removed = within(find.decorations.find(oldFrom, oldTo, isMatch), oldFrom, oldTo);
    const stale = within(decorations.find(from, to), from, to);
    const found = scanRange(tr.doc, from, to, search);
    // Typing mostly leaves a paragraph's matches where mapping put them; then the set stays as it is.
    const unchanged = sameMatches(
      stale.filter((decoration) => isMatch(decoration.spec as MatchSpec)),
      found,
    );
    if (!unchanged) {
      decorations = decorations.remove(stale).add(
        tr.doc,
        found.map((match) => matchDecoration(match, false)),
      );
    }
    count += found.length - removed.length;
    if (!current || !find.current) continue;
    const oldCurrentFrom = find.current.from;
    const newCurrentFrom = current.from;
    currentIndex +=
      found.filter((match) => match.from < newCurrentFrom).length -
      removed.filter((decoration) => decoration.from < oldCurrentFrom).length;
    if (current.from >= from && current.to <= to) {
      const still = current;
      if (!found.some((match) => match.from === still.from && match.to === still.to)) current = null;
      else if (!unchanged) decorations = decorations.add(tr.doc, [matchDecoration(still, true)]);
    }
  }
  return { ...find, decorations, count, current, currentIndex: current ? currentIndex : -1 };
}

/**
 * The ranges of the new document a transaction changed, each widened to the whole paragraphs (textblocks) it
 * touches, sorted and merged.
 */
function changedRegions(tr: Transaction): [number, number][] {
  const ranges: [number, number][] = [];
  tr.mapping.maps.forEach((map, index) => {
    const later = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let from = later.map(newStart, -1);
      let to = later.map(newEnd, 1);
      tr.doc.nodesBetween(from, to, (node, pos) => {
        if (!node.isTextblock) return true;
        from = Math.min(from, pos);
        to = Math.max(to, pos + node.nodeSize);
        return false;
      });
      ranges.push([from, to]);
    });
  });
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function sameMatches(decorations: Decoration[], matches: FindMatch[]): boolean {
  if (decorations.length !== matches.length) return false;
  const sorted = [...decorations].sort((a, b) => a.from - b.from);
  return sorted.every((decoration, index) => {
    const match = matches[index];
    return match !== undefined && decoration.from === match.from && decoration.to === match.to;
  });
}

function within(decorations: Decoration[], from: number, to: number): Decoration[] {
  return decorations.filter((decoration) => decoration.from >= from && decoration.to <= to);
}

function mapMatch(match: FindMatch, mapping: Mapping): FindMatch | null {
  const from = mapping.map(match.from, 1);
  const to = mapping.map(match.to, -1);
  return from < to ? { from, to } : null;
}

function compileQuery(query: FindQuery): CompiledQuery | null {
  const pattern = searchPattern(query.text);
  if (!pattern) return null;
  return {
    pattern,
    exact: query.matchCase ? caseKey(query.text.normalize('NFC').trim()) : null,
    wholeWord: query.wholeWord,
  };
}

/** What must be equal for a match to have the query's case: the letters, with ё as е and any space as one. */
function caseKey(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/ё/gu, 'е').replace(/Ё/gu, 'Е');
}

/** The matches inside the textblocks between two positions, in order. */
function scanRange(doc: ProseMirrorNode, from: number, to: number, search: CompiledQuery): FindMatch[] {
  const matches: FindMatch[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    if (pos >= from && pos + node.nodeSize <= to) matches.push(...scanTextblock(node, pos + 1, search));
    return false;
  });
  return matches;
}

const { hard_break: hardBreak } = actSchema.nodes;

function scanTextblock(block: ProseMirrorNode, start: number, search: CompiledQuery): FindMatch[] {
  // One character per position: a line break is whitespace, any other inline atom (a citation) a character
  // no query contains, so no match runs across it.
  const text = block.textBetween(0, block.content.size, undefined, (leaf) =>
    leaf.type === hardBreak ? '\n' : '\uFFFC',
  );
  return findMatches(text, search.pattern)
    .filter(({ start: from, end }) => {
      if (search.exact !== null && caseKey(text.slice(from, end)) !== search.exact) return false;
      if (!search.wholeWord) return true;
      return !WORD_CHARACTER.test(text.charAt(from - 1)) && !WORD_CHARACTER.test(text.charAt(end));
    })
    .map(({ start: from, end }) => ({ from: start + from, to: start + end }));
}

function matchDecoration(match: FindMatch, current: boolean): Decoration {
  const spec: MatchSpec = { findMatch: true, current };
  return Decoration.inline(
    match.from,
    match.to,
    { class: current ? 'find-match find-match--current' : 'find-match' },
    spec,
  );
}

function isMatch(spec: Partial<MatchSpec>): boolean {
  return spec.findMatch === true && !spec.current;
}

function currentDecorations(decorations: DecorationSet, match: FindMatch): Decoration[] {
  return decorations
    .find(match.from, match.to, (spec: Partial<MatchSpec>) => spec.current === true)
    .filter((decoration) => decoration.from === match.from && decoration.to === match.to);
}

/**
 * Scrolls the current match into view. ProseMirror's own scrollIntoView does nothing while the focus is in the
 * find bar, so the plugin scrolls the highlighted match itself.
 */
function revealCurrent(view: EditorView): void {
  const element = view.dom.querySelector('.find-match--current');
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'center', inline: 'nearest' });
}
