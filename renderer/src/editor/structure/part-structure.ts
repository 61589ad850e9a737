import { Fragment, Slice, type Node as ProseMirrorNode } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { actSchema } from '../../domain/act/schema';

/**
 * Keeps the act's parts fixed: no transaction may add, remove, reorder or rename a part or change its heading.
 * The check compares only the top-level parts (a handful), and parts that did not change are the same objects,
 * so it costs nothing measurable per keystroke.
 */
export function partStructurePlugin(): Plugin {
  return new Plugin({
    filterTransaction: (tr, state) => !tr.docChanged || sameParts(state.doc, tr.doc),
    props: { transformPasted: flattenPastedParts },
  });
}

export function sameParts(before: ProseMirrorNode, after: ProseMirrorNode): boolean {
  if (before.childCount !== after.childCount) return false;
  if (before.attrs.template !== after.attrs.template || before.attrs.language !== after.attrs.language)
    return false;
  for (let index = 0; index < before.childCount; index++) {
    const was = before.child(index);
    const is = after.child(index);
    if (was === is) continue;
    if (was.attrs.id !== is.attrs.id) return false;
    const heading = is.firstChild;
    if (
      !heading ||
      heading.type !== actSchema.nodes.part_heading ||
      heading.attrs.text !== was.firstChild?.attrs.text
    ) {
      return false;
    }
  }
  return true;
}

/** Text copied across parts arrives with their headings; paste only the trainee's blocks. */
function flattenPastedParts(slice: Slice): Slice {
  let hasParts = false;
  slice.content.forEach((node) => {
    if (node.type === actSchema.nodes.part || node.type === actSchema.nodes.part_heading) hasParts = true;
  });
  if (!hasParts) return slice;
  const blocks: ProseMirrorNode[] = [];
  slice.content.forEach((node) => {
    if (node.type === actSchema.nodes.part) {
      node.forEach((child) => {
        if (child.type !== actSchema.nodes.part_heading) blocks.push(child);
      });
    } else if (node.type !== actSchema.nodes.part_heading) {
      blocks.push(node);
    }
  });
  return new Slice(Fragment.from(blocks), 0, 0);
}
