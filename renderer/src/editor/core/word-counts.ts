import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { countWords } from '../../domain/text/word-count';

/**
 * Word counts per part. Unchanged paragraphs are the same node objects from one document version to the next,
 * so their counts are remembered; recounting after an edit costs one lookup per paragraph plus the paragraphs
 * that changed. Callers still run it off the typing path (debounced).
 */
export class WordCounter {
  private readonly byTextblock = new WeakMap<ProseMirrorNode, number>();

  countParts(doc: ProseMirrorNode): number[] {
    const counts: number[] = [];
    doc.forEach((part) => counts.push(this.countNode(part)));
    return counts;
  }

  private countNode(node: ProseMirrorNode): number {
    let total = 0;
    node.forEach((child) => {
      if (!child.isTextblock) {
        total += this.countNode(child);
        return;
      }
      let count = this.byTextblock.get(child);
      if (count === undefined) {
        count = countWords(child.textBetween(0, child.content.size, ' ', ' '));
        this.byTextblock.set(child, count);
      }
      total += count;
    });
    return total;
  }
}
