import type { Mark, Node as ProseMirrorNode } from 'prosemirror-model';
import type { ContentLanguage } from '../language';
import { assertMatchesTemplate } from './document';
import { NUMBERED_PART_IDS } from './schema';
import type { ActTemplate } from './template';

/**
 * An act as an Akoma Ntoso (OASIS LegalDocML 1.0) judgment: `<akomaNtoso><judgment>` with `meta`, `header`,
 * `judgmentBody` and `conclusions`, each part of the act placed in the element its template names
 * (ActPartTemplate.akomaNtoso). It validates against the official akomantoso30.xsd (akoma-ntoso.test.ts).
 *
 * Identifiers are synthetic, as Kazakhstan publishes no Akoma Ntoso naming of its own: the work is
 * `/akn/kz/judgment/<year>/<pack>~<case>`, and a statute citation points at `/akn/kz/act/code/<code>/~art_<n>…`,
 * where `<code>` is the citation's code as written (lower-cased, spaces as hyphens, percent-encoded). Such an href
 * names the cited provision consistently within this app's files; it resolves nowhere. An evidence link points at
 * `#material-<id>`, the case material by its id in the pack.
 *
 * Part headings are not exported: they are the editor's guides, and the element a part is placed in says what the
 * part is. When the draft numbers its reasoning paragraphs, the top-level paragraphs of the parts placed in
 * `motivation` become numbered `<paragraph>`s.
 */
export const AKOMA_NTOSO_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AkomaNtosoMeta {
  /** The pack and case the act was drafted for; together they name the work. */
  packId: string;
  caseId: string;
  /** The day of the export (YYYY-MM-DD): a trainee's draft has no date of judgment of its own. */
  date: string;
  /** The app that wrote the file, with its version, e.g. `CaseDraft 0.1.0`. */
  generator: string;
  /** The trainee, by the name they gave; "trainee" when they gave none. */
  author?: string;
}

/** The ISO 639-2 codes Akoma Ntoso names languages by. */
const LANGUAGE_CODES: Record<ContentLanguage, string> = { ru: 'rus', kk: 'kaz' };

/** The act as an Akoma Ntoso XML document. Throws ActDocumentError if the act does not follow its template. */
export function actToAkomaNtoso(doc: ProseMirrorNode, template: ActTemplate, meta: AkomaNtosoMeta): string {
  assertMatchesTemplate(doc, template);
  const language = doc.attrs.language as ContentLanguage;
  const numbered = doc.attrs.numberedReasoning === true;
  const header: string[] = [];
  const body: string[] = [];
  const conclusions: string[] = [];
  template.parts.forEach(({ akomaNtoso: element }, index) => {
    const part = doc.child(index);
    const blocks = partBlocks(
      part,
      numbered && NUMBERED_PART_IDS.includes(part.attrs.id as string) ? (part.attrs.id as string) : undefined,
    );
    if (element === 'header') header.push(...blocks);
    else if (element === 'conclusions') conclusions.push(...blocks);
    else body.push(`<${element}>\n${blocks.join('\n')}\n</${element}>`);
  });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<akomaNtoso xmlns="${AKOMA_NTOSO_NAMESPACE}">`,
    `<judgment name="${escapeXml(template.id)}">`,
    metaElement(template, meta, LANGUAGE_CODES[language]),
    header.length ? `<header>\n${header.join('\n')}\n</header>` : '<header/>',
    `<judgmentBody>\n${body.join('\n')}\n</judgmentBody>`,
    ...(conclusions.length ? [`<conclusions>\n${conclusions.join('\n')}\n</conclusions>`] : []),
    '</judgment>',
    '</akomaNtoso>',
    '',
  ].join('\n');
}

function metaElement(template: ActTemplate, meta: AkomaNtosoMeta, language: string): string {
  const work = `/akn/kz/judgment/${meta.date.slice(0, 4)}/${meta.packId}~${meta.caseId}`;
  const expression = `${work}/${language}@`;
  const date = `<FRBRdate date="${escapeXml(meta.date)}" name="export"/>`;
  return [
    '<meta>',
    '<identification source="#generator">',
    '<FRBRWork>',
    `<FRBRthis value="${escapeXml(`${work}/!main`)}"/>`,
    `<FRBRuri value="${escapeXml(work)}"/>`,
    date,
    '<FRBRauthor href="#author"/>',
    '<FRBRcountry value="kz"/>',
    `<FRBRsubtype value="${escapeXml(template.id)}"/>`,
    '</FRBRWork>',
    '<FRBRExpression>',
    `<FRBRthis value="${escapeXml(`${expression}/!main`)}"/>`,
    `<FRBRuri value="${escapeXml(expression)}"/>`,
    date,
    '<FRBRauthor href="#author"/>',
    `<FRBRlanguage language="${language}"/>`,
    '</FRBRExpression>',
    '<FRBRManifestation>',
    `<FRBRthis value="${escapeXml(`${expression}/main.xml`)}"/>`,
    `<FRBRuri value="${escapeXml(`${expression}.akn`)}"/>`,
    date,
    '<FRBRauthor href="#generator"/>',
    '</FRBRManifestation>',
    '</identification>',
    '<references source="#generator">',
    `<TLCPerson eId="author" href="/akn/ontology/person/trainee" showAs="${escapeXml(meta.author || 'trainee')}"/>`,
    `<TLCOrganization eId="generator" href="/akn/ontology/organization/casedraft" showAs="${escapeXml(meta.generator)}"/>`,
    '</references>',
    '</meta>',
  ].join('\n');
}

/** A part's blocks (its heading left out), with top-level paragraphs numbered when `numberedIn` names the part. */
function partBlocks(part: ProseMirrorNode, numberedIn: string | undefined): string[] {
  const blocks: string[] = [];
  let number = 0;
  part.forEach((block) => {
    if (block.type.name === 'part_heading') return;
    if (numberedIn !== undefined && block.type.name === 'paragraph') {
      number += 1;
      blocks.push(
        `<paragraph eId="${escapeXml(`${numberedIn}__para_${number}`)}"><num>${number}.</num><content>${blockXml(block)}</content></paragraph>`,
      );
    } else blocks.push(blockXml(block));
  });
  return blocks;
}

function blockXml(node: ProseMirrorNode): string {
  switch (node.type.name) {
    case 'paragraph':
      return `<p>${inlineXml(node)}</p>`;
    case 'bullet_list':
      return `<ul>${childrenXml(node)}</ul>`;
    case 'ordered_list':
      return `<ol>${childrenXml(node)}</ol>`;
    case 'list_item':
      return `<li>${childrenXml(node)}</li>`;
    case 'table':
      return `<table>${childrenXml(node)}</table>`;
    case 'table_row':
      return `<tr>${childrenXml(node)}</tr>`;
    case 'table_cell':
    case 'table_header': {
      const tag = node.type.name === 'table_header' ? 'th' : 'td';
      const span = (['colspan', 'rowspan'] as const)
        .filter((name) => node.attrs[name] !== 1)
        .map((name) => ` ${name}="${Number(node.attrs[name])}"`)
        .join('');
      return `<${tag}${span}>${childrenXml(node)}</${tag}>`;
    }
    default:
      // A block the schema gains later is kept as its text rather than lost.
      return `<p>${escapeXml(node.textContent)}</p>`;
  }
}

function childrenXml(node: ProseMirrorNode): string {
  let xml = '';
  node.forEach((child) => (xml += blockXml(child)));
  return xml;
}

/**
 * Inline content with its marks as nested elements. Marks stay open across neighbouring nodes that share them,
 * and an evidence link is the outermost, so a link over plain and bold text stays one `<ref>`.
 */
function inlineXml(block: ProseMirrorNode): string {
  let xml = '';
  let open: Mark[] = [];
  block.forEach((node) => {
    const marks = outermostFirst(node.marks);
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]?.eq(marks[keep] as Mark)) keep += 1;
    xml += open.slice(keep).reverse().map(closeMark).join('');
    xml += marks.slice(keep).map(openMark).join('');
    open = marks;
    xml += inlineNodeXml(node);
  });
  return xml + open.reverse().map(closeMark).join('');
}

/** Links outside, then the schema's order (bold, italic, underline). */
function outermostFirst(marks: readonly Mark[]): Mark[] {
  const links = marks.filter((mark) => mark.type.name === 'evidence');
  return [...links, ...marks.filter((mark) => mark.type.name !== 'evidence')];
}

function inlineNodeXml(node: ProseMirrorNode): string {
  switch (node.type.name) {
    case 'text':
      return escapeXml(node.text ?? '');
    case 'hard_break':
      return '<br/>';
    case 'citation':
      return `<ref href="${escapeXml(citationHref(node.attrs as CitationAttrs))}">${escapeXml(String(node.attrs.text))}</ref>`;
    default:
      return escapeXml(node.textContent);
  }
}

const MARK_TAGS: Record<string, string> = { strong: 'b', em: 'i', underline: 'u', evidence: 'ref' };

function openMark(mark: Mark): string {
  const tag = MARK_TAGS[mark.type.name];
  if (!tag) return '';
  if (mark.type.name === 'evidence')
    return `<ref href="${escapeXml(`#material-${String(mark.attrs.material)}`)}">`;
  return `<${tag}>`;
}

function closeMark(mark: Mark): string {
  const tag = MARK_TAGS[mark.type.name];
  return tag ? `</${tag}>` : '';
}

interface CitationAttrs {
  code: string;
  article: string;
  part: string;
  paragraph: string;
}

/**
 * A synthetic Akoma Ntoso href for a cited provision: `/akn/kz/act/code/гпк-рк/~art_226__para_1__point_2`
 * (percent-encoded), after the naming convention's `art`, `para` (часть) and `point` (пункт). See the module comment.
 */
export function citationHref({ code, article, part, paragraph }: CitationAttrs): string {
  const segment = (value: string) => encodeURIComponent(value.trim().toLowerCase().replace(/\s+/gu, '-'));
  let href = `/akn/kz/act/code/${segment(code) || 'unknown'}/~art_${segment(article)}`;
  if (part) href += `__para_${segment(part)}`;
  if (paragraph) href += `__point_${segment(paragraph)}`;
  return href;
}

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/U+FFFF): dropped, not escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
