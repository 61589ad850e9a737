import type { ResolvedPos } from 'prosemirror-model';
import { Plugin, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** The class that exempts a block from `content-visibility: auto` (styles/prosemirror.css). */
export const CURSOR_BLOCK_CLASS = 'act-cursor-block';

/** Depth of a part's own blocks (paragraphs, lists, tables): doc › part › block. */
const BLOCK_DEPTH = 2;

/**
 * Keeps the blocks holding the selection rendered by the browser at all times.
 *
 * The blocks of a part have `content-visibility: auto`, so Chromium skips laying out the ones far from the viewport.
 * It decides what is near the viewport only at its next frame, so a block created between two frames (the new
 * paragraph of an Enter) starts out skipped: its contents are not laid out and it stands at its placeholder height.
 * The browser itself inserts typed text into the DOM (ProseMirror reads it back from there), and inserting into a
 * skipped block leaves the caret before the character just typed: at machine speed the «1» of «15 марта» typed
 * right after Enter stays in front of the caret, every later key goes in before it, and it rides along to the end
 * of whatever is typed after. The class is on the block from the moment ProseMirror draws it, so it is never
 * skipped while it holds the cursor; the rest of a long act keeps the saving.
 */
export function cursorBlockRenderedPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    state: {
      init: (_config, state) => cursorBlockDecorations(state),
      apply: (tr, previous, _oldState, state) =>
        tr.docChanged || tr.selectionSet ? cursorBlockDecorations(state) : previous,
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}

function cursorBlockDecorations(state: EditorState): DecorationSet {
  const { $anchor, $head } = state.selection;
  const decorations: Decoration[] = [];
  const starts = new Set<number>();
  for (const $pos of [$head, $anchor]) {
    const start = blockStart($pos);
    if (start === null || starts.has(start)) continue;
    starts.add(start);
    decorations.push(
      Decoration.node(start, start + $pos.node(BLOCK_DEPTH).nodeSize, { class: CURSOR_BLOCK_CLASS }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Where the part's block holding `$pos` starts, or null when `$pos` is not inside one. */
function blockStart($pos: ResolvedPos): number | null {
  return $pos.depth >= BLOCK_DEPTH ? $pos.before(BLOCK_DEPTH) : null;
}
