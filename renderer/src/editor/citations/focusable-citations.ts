import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { actSchema } from '../../domain/act/schema';

/**
 * For a read-only act, where there is no cursor to stand beside a citation: each citation takes the keyboard focus
 * (Tab), so its article can be shown to keyboard users as it is to the pointer. The decorations are built once,
 * since a read-only document never changes.
 */
export function focusableCitationsPlugin(): Plugin {
  return new Plugin({
    state: {
      init: (_config, state) => citationDecorations(state.doc),
      apply: (tr, decorations) => decorations.map(tr.mapping, tr.doc),
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}

function citationDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type === actSchema.nodes.citation) {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { tabindex: '0' }));
    }
    return node.isBlock;
  });
  return DecorationSet.create(doc, decorations);
}
