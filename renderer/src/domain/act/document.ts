import { Node as ProseMirrorNode } from 'prosemirror-model';
import type { ContentLanguage } from '../language';
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

/** Checks that a document has exactly the parts of its template, in order, with the template's headings. */
export function assertMatchesTemplate(doc: ProseMirrorNode, template: ActTemplate): void {
  const language = doc.attrs.language as ContentLanguage;
  const expected = template.parts.map((part) => `${part.id}: ${part.heading[language] ?? '?'}`);
  const actual: string[] = [];
  doc.forEach((part) => actual.push(`${part.attrs.id as string}: ${part.firstChild?.attrs.text as string}`));
  if (doc.attrs.template !== template.id || expected.join('\n') !== actual.join('\n')) {
    throw new ActDocumentError(
      'templateMismatch',
      `expected template ${template.id} with parts [${expected.join('; ')}], got ${String(doc.attrs.template)} with [${actual.join('; ')}]`,
    );
  }
}
