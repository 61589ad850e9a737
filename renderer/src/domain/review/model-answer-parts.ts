import type { ActPartTemplate, ActTemplate } from '../act/template';
import { inlineHtmlText } from './html-text';

/** A section of a model answer, with the part of the act it stands beside (null for one that is no part). */
export interface ModelAnswerPart {
  partId: string | null;
  /** The section's heading as text; '' for text before the first heading. */
  heading: string;
  /** The section's HTML after its heading, as sanitised. */
  html: string;
}

/**
 * Splits a trainer key's model answer (sanitised HTML made from Markdown, docs/formats/case-key.md) at its part
 * headings and says which part of the act template each section stands beside, so that the marking screen can
 * show the same part of the key beside the part being read. A section is matched by its heading: the template's
 * own heading in Russian or Kazakh, else the kind of part the heading names («Описательная часть» beside a
 * combined descriptive-reasoning part and the other way round). Sections that are no part («Ключевые вопросы»,
 * «Негізгі мәселелер») get partId null and keep their place. A title with nothing under it before the first part
 * («Модельное решение») is left out: beside the act it says nothing.
 *
 * The key splits at the level its part headings are written at (h2 in the bundled keys, with an h1 title), so
 * deeper headings inside a part stay in it.
 */
export function alignModelAnswer(html: string, template: ActTemplate): ModelAnswerPart[] {
  const headings = [...html.matchAll(HEADING)].map((match) => {
    const text = inlineHtmlText(match[2] ?? '');
    return {
      level: Number(match[1]),
      start: match.index,
      end: match.index + match[0].length,
      text,
      partId: partIdOf(text, template),
    };
  });
  const partLevels = headings.filter((heading) => heading.partId !== null).map((heading) => heading.level);
  const splitLevel = partLevels.length ? Math.max(...partLevels) : DEFAULT_SPLIT_LEVEL;
  const splits = headings.filter((heading) => heading.level <= splitLevel);

  const sections: ModelAnswerPart[] = [];
  const before = html.slice(0, splits[0]?.start ?? html.length).trim();
  if (before) sections.push({ partId: null, heading: '', html: before });
  splits.forEach((heading, index) => {
    const end = splits[index + 1]?.start ?? html.length;
    sections.push({
      partId: heading.partId,
      heading: heading.text,
      html: html.slice(heading.end, end).trim(),
    });
  });
  const firstPart = sections.findIndex((section) => section.partId !== null);
  return sections.filter((section, index) => !(index < firstPart && section.html === ''));
}

/** A heading element; attribute values are read whole so that a `>` inside one does not end the tag. */
const HEADING = /<h([1-6])(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>([\s\S]*?)<\/h\1\s*>/gi;

/** Where a key with no recognisable part heading is split: at h1 and h2, as keys are written. */
const DEFAULT_SPLIT_LEVEL = 2;

type PartKind =
  'introductory' | 'descriptive' | 'reasoning' | 'descriptive-reasoning' | 'operative' | 'signature';

/**
 * The kinds of part a heading may name, by how it starts (after normalising). The combined part is tried before
 * the descriptive one, whose stem it starts with. Kazakh stems are those of common.ts and civil-appeal-resolution.ts.
 */
const PART_KINDS: readonly (readonly [PartKind, RegExp])[] = [
  ['descriptive-reasoning', /^(?:описательно-мотивировочн|сипаттау-уәждеу)/u],
  ['introductory', /^(?:вводн|кіріспе)/u],
  ['descriptive', /^(?:описательн|установочн|сипаттау)/u],
  ['reasoning', /^(?:мотивировочн|уәждеу)/u],
  ['operative', /^(?:резолютивн|қарар\s+бөлі)/u],
  ['signature', /^(?:подпис|судья\p{L}*\s+қол)/u],
];

/** A kind a section may stand beside when the template has no part of the kind it names. */
const NEAREST_KIND: Partial<Record<PartKind, PartKind>> = {
  'descriptive-reasoning': 'descriptive',
  descriptive: 'descriptive-reasoning',
  reasoning: 'descriptive-reasoning',
};

function partIdOf(heading: string, template: ActTemplate): string | null {
  const normal = normalHeading(heading);
  if (!normal) return null;
  const exact = template.parts.find(
    (part) => normalHeading(part.heading.ru) === normal || normalHeading(part.heading.kk) === normal,
  );
  if (exact) return exact.id;
  const kind = kindOf(normal);
  if (!kind) return null;
  const nearest = NEAREST_KIND[kind];
  const byKind =
    template.parts.find((part) => partKind(part) === kind) ??
    (nearest ? template.parts.find((part) => partKind(part) === nearest) : undefined);
  return byKind?.id ?? null;
}

function partKind(part: ActPartTemplate): PartKind | undefined {
  return kindOf(normalHeading(part.heading.ru)) ?? kindOf(normalHeading(part.heading.kk));
}

function kindOf(normal: string): PartKind | undefined {
  return PART_KINDS.find(([, pattern]) => pattern.test(normal))?.[0];
}

/**
 * A heading as compared: lower case, «ё» as «е», any dash as a hyphen without spaces around it, without a leading
 * number («2. », «II) ») or closing punctuation.
 */
function normalHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s*[-\u2010-\u2015]\s*/g, '-')
    .replace(/^(?:\d{1,2}|[ivx]{1,4})[.)]\s*/u, '')
    .replace(/[\s.:;]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
