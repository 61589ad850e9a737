import { closeHistory } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { partIds } from '../../domain/act/document';
import { partRange } from '../structure/part-range';

/**
 * Puts an earlier version of the act back: each part's text becomes the snapshot's, in one transaction that is
 * its own undo step, so Ctrl+Z brings the text from before the restore back. The parts and their headings stay
 * as they are (the part-structure guard accepts the change, and a heading the template has reworded since keeps
 * its new wording); parts whose text did not change are left untouched. Refused (false) when the snapshot is of
 * another template or language, or has other parts; also false when there is nothing to change.
 */
export function restoreDocument(snapshot: ProseMirrorNode): Command {
  return (state, dispatch) => {
    const { doc } = state;
    if (!fitsAct(snapshot, doc)) return false;
    const tr = state.tr;
    // From the last part backwards, so earlier positions stay valid.
    for (let index = doc.childCount - 1; index >= 0; index--) {
      const current = doc.child(index);
      const restored = snapshot.child(index);
      const headingSize = current.firstChild?.nodeSize ?? 0;
      const text = restored.content.cut(restored.firstChild?.nodeSize ?? 0);
      if (current.content.cut(headingSize).eq(text)) continue;
      const { contentStart, contentEnd } = partRange(doc, index);
      tr.replaceWith(contentStart, contentEnd, text);
    }
    for (const [name, value] of Object.entries(snapshot.attrs)) {
      // Attributes are JSON values, some of them lists (notApplicable): compared by value.
      if (JSON.stringify(doc.attrs[name]) !== JSON.stringify(value)) tr.setDocAttribute(name, value);
    }
    if (!tr.docChanged) return false;
    dispatch?.(closeHistory(tr).scrollIntoView());
    return true;
  };
}

/** Whether a snapshot is of the same act as the document: its template, language and parts. */
export function fitsAct(snapshot: ProseMirrorNode, doc: ProseMirrorNode): boolean {
  return (
    snapshot.attrs.template === doc.attrs.template &&
    snapshot.attrs.language === doc.attrs.language &&
    partIds(snapshot).join('\n') === partIds(doc).join('\n')
  );
}
