import type { Node as ProseMirrorNode } from 'prosemirror-model';

export interface PartRange {
  /** Position just before the part node. */
  start: number;
  /** First position after the heading: where the trainee's blocks begin. */
  contentStart: number;
  /** Position just before the part's closing token: where its blocks end. */
  contentEnd: number;
}

/** Where part `index` of an act document lies. Walks the handful of top-level parts, never their text. */
export function partRange(doc: ProseMirrorNode, index: number): PartRange {
  let start = 0;
  for (let before = 0; before < index; before++) start += doc.child(before).nodeSize;
  const part = doc.child(index);
  return {
    start,
    contentStart: start + 1 + (part.firstChild?.nodeSize ?? 0),
    contentEnd: start + part.nodeSize - 1,
  };
}
