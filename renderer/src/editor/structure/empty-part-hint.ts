import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/**
 * Shows a part's hint (what it should contain) under its empty line while it holds only one empty paragraph.
 * Recomputed only when the document changes, by looking at each part's first block: O(parts), not O(text).
 */
export function emptyPartHintPlugin(hints: ReadonlyMap<string, string>): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    state: {
      init: (_, state) => hintDecorations(state.doc, hints),
      apply: (tr, previous) => (tr.docChanged ? hintDecorations(tr.doc, hints) : previous),
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}

function hintDecorations(doc: ProseMirrorNode, hints: ReadonlyMap<string, string>): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((part, offset) => {
    const hint = hints.get(part.attrs.id as string);
    const body = part.maybeChild(1);
    if (!hint || !body || part.childCount !== 2 || !body.isTextblock || body.content.size > 0) return;
    // On the part, shown under its empty line (CSS ::after), so a long hint wraps instead of covering text.
    decorations.push(
      Decoration.node(offset, offset + part.nodeSize, { class: 'act-part--empty', 'data-hint': hint }),
    );
  });
  return DecorationSet.create(doc, decorations);
}
