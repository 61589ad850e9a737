import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** A passage of a shown act drawn as highlighted: a trainer's comment on it, say. */
export interface PassageHighlight {
  /** Put on the highlight's elements as `data-passage`, so what it belongs to can be found on the page. */
  id: string;
  from: number;
  to: number;
  /** The one being looked at (its comment is focused or being written): drawn stronger. */
  active?: boolean;
}

const passageHighlightsKey = new PluginKey<DecorationSet>('passageHighlights');

/**
 * Highlights of passages set from outside the document (never marks in it: a shown act must not change). Costs
 * nothing until highlights are set; they are replaced whole with `setPassageHighlights`.
 */
export function passageHighlightsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: passageHighlightsKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, decorations) => {
        const replaced = tr.getMeta(passageHighlightsKey) as DecorationSet | undefined;
        return replaced ?? decorations.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations(state) {
        return passageHighlightsKey.getState(state);
      },
    },
  });
}

/** A transaction replacing every highlight; one outside the document or empty is left out. */
export function setPassageHighlights(
  state: EditorState,
  highlights: readonly PassageHighlight[],
): Transaction {
  const size = state.doc.content.size;
  const decorations = highlights
    .filter(({ from, to }) => from >= 0 && to <= size && from < to)
    .map(({ id, from, to, active }) =>
      Decoration.inline(from, to, {
        class: active ? 'passage-highlight passage-highlight--active' : 'passage-highlight',
        'data-passage': id,
      }),
    );
  return state.tr.setMeta(passageHighlightsKey, DecorationSet.create(state.doc, decorations));
}
