import type { Mark, Node as ProseMirrorNode } from 'prosemirror-model';
import { isContentLanguage, type ContentLanguage } from '../language';
import { notApplicableKeys, requisiteKey } from './not-applicable';
import { actSchema } from './schema';
import type { ActPartTemplate, ActTemplate, Requisite } from './template';

/**
 * The completeness checker: which parts of an act are still empty and which requisites each part lacks, by the
 * heuristics its template carries (template.ts, RequisiteCheck). It never blocks anything; the editor shows the
 * result beside the text and asks for confirmation at export.
 *
 * Every part of a template is mandatory, the signature block included: the codes require each part, and an act
 * nobody signed is not an act, so an empty signature is flagged like any other empty part.
 *
 * A requisite the law asks for only in some cases (`applies: 'where-applicable'`) is never a gap: not found, it is
 * shown as "where applicable", or as "not applicable" once the trainee has marked it so for the case (the marks
 * live in the document, not-applicable.ts).
 *
 * Text patterns are matched paragraph by paragraph (a requisite is a phrase, not something spread over paragraphs),
 * and a requisite is found at its first occurrence in the part.
 *
 * It runs after a pause in typing, not per keystroke, and it is cheap even then: ProseMirror keeps unchanged nodes
 * as the same objects from one document version to the next, so a part's result is remembered per part node (an
 * unchanged part is not scanned again), and a paragraph's text and pattern matches per paragraph node (in the part
 * being edited only the changed paragraphs are matched again). Patterns are compiled once per template and language.
 */

/**
 * What the checker makes of a requisite: `found` in the text; `missing`, a gap; `where-applicable`, not found but
 * asked for only in some cases, so not a gap; `not-applicable`, not found and marked by the trainee as not
 * applicable to this case.
 */
export type RequisiteState = 'found' | 'missing' | 'where-applicable' | 'not-applicable';

/** One requisite of a part, with what was made of it and where to take the cursor. */
export interface RequisiteStatus {
  requisite: Requisite;
  found: boolean;
  state: RequisiteState;
  /** A document position: where the requisite was found, or the start of the part's text when it is missing. */
  position: number;
}

export interface PartCompleteness {
  part: ActPartTemplate;
  /** Nothing is written in the part beyond the paragraphs a new draft starts with (such as the act's title). */
  empty: boolean;
  /** The start of the part's text: where the cursor goes for an empty part or a missing requisite. */
  position: number;
  requisites: RequisiteStatus[];
}

export interface CompletenessReport {
  /** The document's parts in order (a part whose id the template does not know is left out). */
  parts: PartCompleteness[];
}

/** How many of a part's requisites were found. */
export function foundCount(part: PartCompleteness): number {
  return part.requisites.filter((status) => status.found).length;
}

/** How many of a part's requisites this act must have: found or missing, not those asked for only in some cases. */
export function requiredCount(part: PartCompleteness): number {
  return part.requisites.filter(({ state }) => state === 'found' || state === 'missing').length;
}

/** Whether a requisite is a gap in the act: missing, not merely absent where it may not apply. */
export function isGap(status: RequisiteStatus): boolean {
  return status.state === 'missing';
}

/** Whether a part is empty or lacks a requisite. */
function hasGaps(part: PartCompleteness): boolean {
  return part.empty || part.requisites.some(isGap);
}

/** The parts that are empty or lack a requisite, in document order. */
export function partsWithGaps(report: CompletenessReport): PartCompleteness[] {
  return report.parts.filter(hasGaps);
}

/** Where the first gap of the act is (an empty part, else its first missing requisite), if there is one. */
export function firstGapPosition(report: CompletenessReport): number | undefined {
  const part = partsWithGaps(report)[0];
  if (!part) return undefined;
  return part.empty ? part.position : part.requisites.find(isGap)?.position;
}

/** Checks an act document against its template; see the module comment for what "cheap" means here. */
export function checkCompleteness(doc: ProseMirrorNode, template: ActTemplate): CompletenessReport {
  const language: ContentLanguage = isContentLanguage(doc.attrs.language) ? doc.attrs.language : 'ru';
  let byLanguage = checkers.get(template);
  if (!byLanguage) {
    byLanguage = new Map();
    checkers.set(template, byLanguage);
  }
  let checker = byLanguage.get(language);
  if (!checker) {
    checker = new TemplateChecker(template, language);
    byLanguage.set(language, checker);
  }
  return checker.check(doc);
}

const checkers = new WeakMap<ActTemplate, Map<ContentLanguage, TemplateChecker>>();

/** A part's template with its text patterns compiled for one language. */
interface CompiledPart {
  part: ActPartTemplate;
  /** The paragraphs a new draft starts with, trimmed: text that does not make the part non-empty. */
  initialParagraphs: ReadonlySet<string>;
  checks: CompiledCheck[];
  /**
   * Per paragraph node, for each check (by index): the offset in the paragraph's text where a text check matched,
   * null where it did not, undefined until tried (a part's paragraphs are tried only up to the first match).
   */
  matches: WeakMap<ProseMirrorNode, (number | null | undefined)[]>;
}

type CompiledCheck = { kind: 'text'; patterns: RegExp[] } | { kind: 'citation' | 'evidence'; min: number };

/**
 * What a part holds, as positions relative to the start of the part's content (so that the result stays right
 * when an earlier part grows or shrinks): for each requisite where it was found, or null.
 */
interface PartScan {
  empty: boolean;
  found: (number | null)[];
  /** Relative position of the start of the part's text. */
  textStart: number;
}

class TemplateChecker {
  private readonly parts: ReadonlyMap<string, CompiledPart>;
  private readonly scans = new WeakMap<ProseMirrorNode, PartScan>();

  constructor(template: ActTemplate, language: ContentLanguage) {
    this.parts = new Map(template.parts.map((part) => [part.id, compilePart(part, language)]));
  }

  check(doc: ProseMirrorNode): CompletenessReport {
    const parts: PartCompleteness[] = [];
    // Read per check, not remembered with a part's scan: marking a requisite changes the document, not the part.
    const notApplicable = new Set(notApplicableKeys(doc));
    doc.forEach((node, offset) => {
      const compiled = this.parts.get(node.attrs.id as string);
      if (!compiled) return;
      let scan = this.scans.get(node);
      if (!scan) {
        scan = scanPart(node, compiled);
        this.scans.set(node, scan);
      }
      // Positions inside the part are relative to its content, which starts one token after the part's own start.
      const contentStart = offset + 1;
      const position = contentStart + scan.textStart;
      parts.push({
        part: compiled.part,
        empty: scan.empty,
        position,
        requisites: (compiled.part.requisites ?? []).map((requisite, index) => {
          const found = scan.found[index] ?? null;
          return {
            requisite,
            found: found !== null,
            state: requisiteState(
              requisite,
              found !== null,
              notApplicable.has(requisiteKey(compiled.part.id, requisite.id)),
            ),
            position: found === null ? position : contentStart + found,
          };
        }),
      });
    });
    return { parts };
  }
}

/** What a requisite's state is; `marked` says whether the trainee marked it not applicable to the case. */
function requisiteState(requisite: Requisite, found: boolean, marked: boolean): RequisiteState {
  if (found) return 'found';
  if (requisite.applies !== 'where-applicable') return 'missing';
  return marked ? 'not-applicable' : 'where-applicable';
}

function compilePart(part: ActPartTemplate, language: ContentLanguage): CompiledPart {
  return {
    part,
    initialParagraphs: new Set((part.initialParagraphs?.[language] ?? []).map((text) => text.trim())),
    checks: (part.requisites ?? []).map(({ check }): CompiledCheck => {
      if (check.kind === 'text') {
        // Sources are validated when a template is read (template-schema.ts, patternProblem): they compile.
        return { kind: 'text', patterns: check.patterns[language].map((source) => new RegExp(source, 'iu')) };
      }
      return { kind: check.kind, min: check.min ?? 1 };
    }),
    matches: new WeakMap(),
  };
}

/** A paragraph (any textblock) of a part, its text, and where its content starts relative to the part's content. */
interface PlacedBlock {
  node: ProseMirrorNode;
  block: BlockText;
  start: number;
}

function scanPart(part: ProseMirrorNode, compiled: CompiledPart): PartScan {
  const blocks: PlacedBlock[] = [];
  part.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ node, block: blockText(node), start: pos + 1 });
    return false;
  });
  // The starting paragraphs are the template's words, not the trainee's: they neither fill a part nor satisfy a
  // requisite (a Kazakh court order's title «СОТ БҰЙРЫҒЫ» does not name the court).
  const written = blocks.filter(({ block }) => !compiled.initialParagraphs.has(block.trimmed));
  return {
    empty: written.every(({ block }) => block.trimmed === ''),
    found: compiled.checks.map((check, index) =>
      check.kind === 'text'
        ? findText(written, compiled.matches, index, check.patterns)
        : findLinks(written, check.kind === 'citation' ? 'citations' : 'evidenceLinks', check.min),
    ),
    // Just inside the first block after the heading; the controller finds the nearest cursor place from there.
    textStart: (part.firstChild?.nodeSize ?? 0) + 1,
  };
}

/** Where the first paragraph any of the patterns matches is matched, or null. */
function findText(
  blocks: PlacedBlock[],
  matches: CompiledPart['matches'],
  index: number,
  patterns: RegExp[],
): number | null {
  for (const { node, block, start } of blocks) {
    let remembered = matches.get(node);
    if (!remembered) {
      remembered = [];
      matches.set(node, remembered);
    }
    let offset = remembered[index];
    if (offset === undefined) {
      offset = firstMatch(block.text, patterns);
      remembered[index] = offset;
    }
    if (offset !== null) return start + positionInBlock(block, offset);
  }
  return null;
}

/**
 * How much of a paragraph one pattern reads at a time, and how much consecutive windows share (longer than any
 * phrase a requisite names). Patterns from packs are bounded in the ways they may match at one place
 * (template-schema.ts); reading in windows bounds the places too, so no paragraph, however long, can make a
 * pattern run long.
 */
const MATCH_WINDOW = 1000;
const MATCH_WINDOW_OVERLAP = 250;

/** Where in `text` the first of the patterns that matches it matches, or null. */
function firstMatch(text: string, patterns: RegExp[]): number | null {
  for (const pattern of patterns) {
    for (let start = 0; start < text.length || start === 0; start += MATCH_WINDOW - MATCH_WINDOW_OVERLAP) {
      const match = pattern.exec(text.slice(start, start + MATCH_WINDOW));
      if (match) return start + match.index;
      if (start + MATCH_WINDOW >= text.length) break;
    }
  }
  return null;
}

/** Where the first citation (or evidence link) is, if the part holds at least `min` of them; else null. */
function findLinks(blocks: PlacedBlock[], kind: 'citations' | 'evidenceLinks', min: number): number | null {
  let first: number | null = null;
  let count = 0;
  for (const { block, start } of blocks) {
    const links = block[kind];
    if (first === null && links[0] !== undefined) first = start + links[0];
    count += links.length;
    if (count >= min) return first;
  }
  return null;
}

/** The position, relative to the block's content, of an offset into the block's text. */
function positionInBlock({ segments }: BlockText, offset: number): number {
  let segment = segments[0];
  for (const candidate of segments) {
    if (candidate.offset > offset) break;
    segment = candidate;
  }
  if (!segment) return 0;
  return segment.position + (segment.isText ? offset - segment.offset : 0);
}

/** A textblock's plain text and what the checker needs from it, remembered per (immutable) node. */
interface BlockText {
  /** Text nodes as they are, citations as their text, line breaks as spaces. */
  text: string;
  /** The text without surrounding white space, to tell a blank or a starting paragraph. */
  trimmed: string;
  /** Each inline node: where its text starts in `text` and where the node starts, relative to the block's content. */
  segments: { offset: number; position: number; isText: boolean }[];
  /** Relative positions of the block's citations. */
  citations: number[];
  /** Relative positions of the start of each evidence link (a run of text marked with the same evidence). */
  evidenceLinks: number[];
}

const blockTexts = new WeakMap<ProseMirrorNode, BlockText>();

function blockText(block: ProseMirrorNode): BlockText {
  const remembered = blockTexts.get(block);
  if (remembered) return remembered;
  const result: BlockText = { text: '', trimmed: '', segments: [], citations: [], evidenceLinks: [] };
  let previousEvidence: Mark | undefined;
  block.forEach((child, position) => {
    result.segments.push({ offset: result.text.length, position, isText: child.isText });
    result.text += child.isText ? (child.text ?? '') : (child.type.spec.leafText?.(child) ?? ' ');
    if (child.type === actSchema.nodes.citation) result.citations.push(position);
    const link = actSchema.marks.evidence.isInSet(child.marks);
    if (link && !(previousEvidence && link.eq(previousEvidence))) result.evidenceLinks.push(position);
    previousEvidence = link;
  });
  result.trimmed = result.text.trim();
  blockTexts.set(block, result);
  return result;
}
