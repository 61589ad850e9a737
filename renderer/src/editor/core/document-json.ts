import type { Node as ProseMirrorNode } from 'prosemirror-model';

/**
 * The JSON text of each block serialised so far. ProseMirror nodes are immutable and an edit replaces only the nodes
 * on the path to the change, so after a keystroke every other block is the same object as before and its text is
 * reused. Only blocks are kept, not the parts and the document holding them: those are replaced by almost every
 * edit, and keeping their text too would hold the act in memory two more times. Weak, so the text goes with the
 * document it belongs to.
 */
const jsonTextOf = new WeakMap<ProseMirrorNode, string>();

/**
 * `JSON.stringify(doc.toJSON())`, byte for byte, in time proportional to what changed since the last call rather
 * than to the whole act: the autosave runs this on the main thread about once a second while the trainee types,
 * and serialising a 100-page act whole took 35–45 ms there, long enough to hold up keystrokes.
 */
export function documentJsonText(doc: ProseMirrorNode): string {
  return nodeJsonText(doc);
}

function nodeJsonText(node: ProseMirrorNode): string {
  // A textblock's text and inline nodes are small and change together: serialised whole, as toJSON does. So is a
  // block with marks, which the act schema does not have.
  if (node.isTextblock || node.isLeaf || node.marks.length > 0) {
    let text = jsonTextOf.get(node);
    if (text === undefined) {
      text = JSON.stringify(node.toJSON());
      jsonTextOf.set(node, text);
    }
    return text;
  }
  return containerJsonText(node);
}

/**
 * A node holding blocks (and no marks), written with the keys in the order prosemirror-model's Node.toJSON gives
 * them (type, attrs when there are any, content when not empty), its children's text from the cache.
 */
function containerJsonText(node: ProseMirrorNode): string {
  let text = `{"type":${JSON.stringify(node.type.name)}`;
  if (Object.keys(node.attrs).length > 0) text += `,"attrs":${JSON.stringify(node.attrs)}`;
  if (node.childCount > 0) {
    const children: string[] = [];
    node.forEach((child) => children.push(nodeJsonText(child)));
    text += `,"content":[${children.join(',')}]`;
  }
  return `${text}}`;
}
