import { DOMSerializer, type Node as ProseMirrorNode } from 'prosemirror-model';
import { actSchema } from '../../../domain/act/schema';
import { NUMBERED_REASONING_CLASS } from '../../../editor/numbering/numbered-reasoning';

/**
 * The act as it prints, built by the schema's own serializer (the same DOM the editor shows, so nothing is drawn
 * twice), then made into a court document:
 * - the parts' captions («Вводная часть»…) are the editor's guides, not part of an act: they are left out;
 * - a line written all in capitals (the act's name, «ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН», «УСТАНОВИЛ:», «РЕШИЛ:») is
 *   centred without an indent, as acts set them;
 * - citations and evidence links stay in the text, as plain text: their styles belong to the editor alone.
 */
export function renderPrintSheet(doc: ProseMirrorNode, document: Document): DocumentFragment {
  const sheet = document.createDocumentFragment();
  DOMSerializer.fromSchema(actSchema).serializeFragment(doc.content, { document }, sheet);
  for (const caption of sheet.querySelectorAll('.act-part-heading')) caption.remove();
  for (const paragraph of sheet.querySelectorAll('section.act-part > p')) {
    if (isHeadingLine(paragraph.textContent ?? '')) paragraph.classList.add('print-sheet__heading-line');
  }
  return sheet;
}

/** The sheet's classes: paragraph numbering of the reasoning part shows in print when the draft has it on. */
export function printSheetClass(doc: ProseMirrorNode): string {
  return doc.attrs.numberedReasoning === true ? `print-sheet ${NUMBERED_REASONING_CLASS}` : 'print-sheet';
}

const MAX_HEADING_LINE = 80;

/** A short line with letters and no lower-case letter: a heading line of the act. */
export function isHeadingLine(text: string): boolean {
  const line = text.trim();
  return line.length <= MAX_HEADING_LINE && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}
