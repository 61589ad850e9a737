import { Schema, type Mark, type Node as ProseMirrorNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

/**
 * The baseline: ProseMirror with the smallest schema that holds the same text (prosemirror-schema-basic is not a
 * dependency, so this is its doc/paragraph/text and strong/em, inline), no plugins and no dispatch handler.
 */
export const bareSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    text: {},
  },
  marks: {
    strong: { parseDOM: [{ tag: 'strong' }], toDOM: () => ['strong', 0] },
    em: { parseDOM: [{ tag: 'em' }], toDOM: () => ['em', 0] },
  },
});

/** Every text block of an act (part headings and list items included) as a flat list of bare paragraphs. */
export function toBareDocument(act: ProseMirrorNode): ProseMirrorNode {
  const paragraphs: ProseMirrorNode[] = [];
  act.descendants((node) => {
    if (node.type.name === 'part_heading') {
      paragraphs.push(bareSchema.node('paragraph', null, bareSchema.text(node.attrs.text as string)));
    } else if (node.isTextblock) {
      const texts: ProseMirrorNode[] = [];
      node.forEach((child) => {
        if (child.isText) texts.push(bareSchema.text(child.text!, bareMarks(child.marks)));
        // A citation is an atom of the act schema; the bare schema holds its text.
        else if (child.type.name === 'citation') texts.push(bareSchema.text(child.attrs.text as string));
      });
      paragraphs.push(bareSchema.node('paragraph', null, texts));
      return false;
    }
    return true;
  });
  return bareSchema.node('doc', null, paragraphs);
}

function bareMarks(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((mark) => {
    const type = bareSchema.marks[mark.type.name];
    return type ? [type.create()] : [];
  });
}

/** A bare view with the act editor's DOM attributes, so both are laid out by the same CSS. */
export function mountBareView(mount: HTMLElement, doc: ProseMirrorNode): EditorView {
  return new EditorView(mount, {
    state: EditorState.create({ doc }),
    attributes: { lang: 'ru', spellcheck: 'false', class: 'act-editor' },
  });
}
