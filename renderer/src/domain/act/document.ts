import { Fragment, Node as ProseMirrorNode } from 'prosemirror-model';
import { isContentLanguage, type ContentLanguage } from '../language';
import { actSchema } from './schema';
import type { ActTemplate } from './template';

/** Why a stored or received document was refused; `detail` is the parser's own words, for the log. */
export class ActDocumentError extends Error {
  constructor(
    readonly reason: 'notAnObject' | 'invalidContent' | 'templateMismatch',
    readonly detail: string,
  ) {
    super(`Invalid act document (${reason}): ${detail}`);
    this.name = 'ActDocumentError';
  }
}

/** A new, empty act for a template: every part with its heading and starting paragraphs. */
export function createActDocument(template: ActTemplate, language: ContentLanguage): ProseMirrorNode {
  const { nodes } = actSchema;
  const parts = template.parts.map((part) => {
    const texts = part.initialParagraphs?.[language] ?? [];
    const paragraphs = texts.length
      ? texts.map((text) => nodes.paragraph.create(null, actSchema.text(text)))
      : [nodes.paragraph.create()];
    return nodes.part.create({ id: part.id }, [
      nodes.part_heading.create({ text: part.heading[language] }),
      ...paragraphs,
    ]);
  });
  return nodes.doc.create({ template: template.id, language }, parts);
}

/**
 * Reads a document from its JSON form (as stored in a draft or a submission), checking it against the schema.
 * Throws ActDocumentError instead of handing the editor something it would choke on.
 */
export function parseActDocument(json: unknown): ProseMirrorNode {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ActDocumentError(
      'notAnObject',
      `expected a JSON object, got ${Array.isArray(json) ? 'an array' : typeof json}`,
    );
  }
  let doc: ProseMirrorNode;
  try {
    doc = ProseMirrorNode.fromJSON(actSchema, json);
    doc.check();
  } catch (error) {
    throw new ActDocumentError('invalidContent', error instanceof Error ? error.message : String(error));
  }
  return doc;
}

/** The ids of a document's parts, in order. */
export function partIds(doc: ProseMirrorNode): string[] {
  const ids: string[] = [];
  doc.forEach((part) => ids.push(part.attrs.id as string));
  return ids;
}

/**
 * Checks that a document has the parts of its template, in order, by part id. Headings are not compared: they
 * are display text that a later version of the template may reword (see withTemplateHeadings).
 */
export function assertMatchesTemplate(doc: ProseMirrorNode, template: ActTemplate): void {
  const expected = template.parts.map((part) => part.id);
  const actual = partIds(doc);
  if (doc.attrs.template !== template.id || expected.join(',') !== actual.join(',')) {
    throw new ActDocumentError(
      'templateMismatch',
      `expected template ${template.id} with parts [${expected.join(', ')}], got ${String(doc.attrs.template)} with [${actual.join(', ')}]`,
    );
  }
}

/** The document with each part's heading as the template words it now (unchanged parts stay the same nodes). */
export function withTemplateHeadings(doc: ProseMirrorNode, template: ActTemplate): ProseMirrorNode {
  const language = doc.attrs.language as ContentLanguage;
  let changed = false;
  const parts: ProseMirrorNode[] = [];
  doc.forEach((part, _offset, index) => {
    const heading = template.parts[index]?.heading[language];
    if (heading === undefined || part.firstChild?.attrs.text === heading) return void parts.push(part);
    changed = true;
    parts.push(
      part.copy(part.content.replaceChild(0, actSchema.nodes.part_heading.create({ text: heading }))),
    );
  });
  return changed ? doc.copy(Fragment.from(parts)) : doc;
}

/** A stored or rescued draft, checked against its template and shown with the template's current headings. */
export function openActDocument(json: unknown, template: ActTemplate): ProseMirrorNode {
  const doc = parseActDocument(json);
  assertMatchesTemplate(doc, template);
  return withTemplateHeadings(doc, template);
}

/**
 * The language an act is written in, which its citations are written in too; Russian for no document or one naming
 * a language acts are not written in.
 */
export function actLanguage(doc: ProseMirrorNode | undefined): ContentLanguage {
  const language: unknown = doc?.attrs.language;
  return isContentLanguage(language) ? language : 'ru';
}
