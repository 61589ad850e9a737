import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { countWords } from '../../domain/text/word-count';

export interface DocumentSize {
  chars: number;
  words: number;
}

/**
 * The characters and words of successive versions of one act, for the timeline's save links. Like WordCounter,
 * each paragraph is counted once while it stays the same node object, so a save of a 100-page act after a
 * keystroke counts one paragraph and looks the others up.
 */
export class DocumentSizeCounter {
  private readonly byTextblock = new WeakMap<ProseMirrorNode, DocumentSize>();

  measure(doc: ProseMirrorNode): DocumentSize {
    const size = { chars: 0, words: 0 };
    doc.descendants((node) => {
      if (!node.isTextblock) return true;
      let counted = this.byTextblock.get(node);
      if (counted === undefined) {
        const text = node.textBetween(0, node.content.size, ' ', ' ');
        counted = { chars: text.length, words: countWords(text) };
        this.byTextblock.set(node, counted);
      }
      size.chars += counted.chars;
      size.words += counted.words;
      return false;
    });
    return size;
  }
}
