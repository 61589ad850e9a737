import { z } from 'zod';
import type { ActTemplate, AkomaNtosoElement } from './template';

/**
 * The validator of an act template received as data: a template carried by a case pack (format 3) or embedded in
 * a submission. Built-in templates pass it too (templates.test.ts). Besides the shape it checks what the editor
 * and the completeness checker rely on: part and requisite ids unique, headings in every content language, and
 * every text pattern a small regular expression that compiles with the `u` flag.
 */

/** A text pattern runs over a whole part's text after every pause in typing: long or nested patterns are refused. */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_TEMPLATE_PARTS = 20;
export const MAX_PART_REQUISITES = 30;
export const MAX_PATTERNS_PER_LANGUAGE = 20;

export const AKOMA_NTOSO_ELEMENTS = [
  'header',
  'introduction',
  'background',
  'arguments',
  'motivation',
  'remedies',
  'decision',
  'conclusions',
] as const satisfies readonly AkomaNtosoElement[];

/** Part and requisite ids: lower-case words joined by hyphens (`descriptive-reasoning`, `appeal-term`). */
const id = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max: number) => z.strictObject({ ru: text(max), kk: text(max) });
const perLanguage = <Item extends z.ZodType>(item: Item, max: number) =>
  z.strictObject({ ru: z.array(item).max(max), kk: z.array(item).max(max) });

export const legalReferenceSchema = z.strictObject({
  code: localized(50),
  article: text(20),
  part: text(20).optional(),
  verification: z.enum(['confirmed', 'partial', 'unverified']),
});

/** Why a pattern source is refused, or undefined when it is a small regular expression that compiles. */
export function patternProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'iu');
  } catch (error) {
    return `not a valid regular expression with the u flag (${error instanceof Error ? error.message : String(error)})`;
  }
  // Backtracking blows up on repeated groups, `(a+)+` or `(a|ab)*`, and on back-references; neither is needed to
  // find a word stem. A check of the source, deliberately strict: an escaped `\)` before a quantifier is refused too.
  if (/\)[+*{]/u.test(source)) return 'a group may not be repeated (+, * or {n} after a group)';
  if (/\\[1-9]|\\k</u.test(source)) return 'back-references are not allowed';
  return backtrackingProblem(source);
}

/**
 * How many ways a pattern may try to match at one place in the text is the product of what each quantifier lets
 * vary: `?` two, `{2,5}` four, `*`, `+` and `{n,}` as many as the text is long. Patterns from packs and
 * submissions run on the trainee's text as they type, so that product is bounded: at most one unbounded
 * quantifier, and then only beside a few small choices, else at most MAX_BOUNDED_CHOICES. With the checker reading
 * a paragraph in windows of a thousand characters (completeness.ts), no pattern can take more than a few
 * milliseconds on any text. `.*.*` or `\d+\s*` are refused; write `\d{1,3}\s?` instead.
 */
function backtrackingProblem(source: string): string | undefined {
  let unbounded = 0;
  let choices = 1;
  for (const quantifier of quantifiers(source)) {
    if (quantifier.max === Infinity) unbounded++;
    else if (quantifier.max > MAX_QUANTIFIER)
      return `a quantifier may allow at most ${MAX_QUANTIFIER} repetitions`;
    else choices *= quantifier.max - quantifier.min + 1;
  }
  if (unbounded > 1) return 'at most one unbounded quantifier (*, + or {n,}) is allowed';
  if (unbounded === 1 && choices > MAX_CHOICES_BESIDE_UNBOUNDED) {
    return 'an unbounded quantifier (*, + or {n,}) may stand only beside a few small choices';
  }
  if (choices > MAX_BOUNDED_CHOICES)
    return 'the pattern allows too many ways to match; narrow its quantifiers';
  return undefined;
}

const MAX_QUANTIFIER = 200;
const MAX_CHOICES_BESIDE_UNBOUNDED = 8;
const MAX_BOUNDED_CHOICES = 2000;

/** The quantifiers of a pattern that compiles with the `u` flag, with the repetitions each allows. */
function quantifiers(source: string): { min: number; max: number }[] {
  const found: { min: number; max: number }[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') {
      // \p{…}, \u{…} and the like end at their brace; any other escape is one character.
      const brace = /^\\[pPu]\{[^}]*\}/u.exec(source.slice(index));
      index += brace ? brace[0].length : 2;
    } else if (char === '[') {
      index++;
      while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
      index++;
    } else if (char === '(') {
      // The group's own syntax, `(?:`, `(?<=`, …, is not a quantifier.
      const opening = /^\((?:\?(?::|=|!|<=|<!|<[^>]*>))?/u.exec(source.slice(index));
      index += opening ? opening[0].length : 1;
    } else {
      const quantifier = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/u.exec(source.slice(index));
      if (!quantifier) {
        index++;
        continue;
      }
      const [text, symbol, low, comma, high] = quantifier;
      if (symbol) found.push({ min: symbol === '+' ? 1 : 0, max: symbol === '?' ? 1 : Infinity });
      else {
        const min = Number(low);
        found.push({ min, max: comma ? (high ? Number(high) : Infinity) : min });
      }
      index += text.length;
    }
  }
  return found;
}

const pattern = z
  .string()
  .min(1)
  // A pattern over the limit is refused for that alone: compiling and scanning a megabyte one took seconds.
  .max(MAX_PATTERN_LENGTH, { abort: true })
  .superRefine((source, context) => {
    const problem = patternProblem(source);
    if (problem) context.addIssue({ code: 'custom', message: problem, params: { reason: 'invalidPattern' } });
  });

const count = z.number().int().min(1).max(100).optional();

export const requisiteCheckSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    patterns: z.strictObject({
      ru: z.array(pattern).min(1).max(MAX_PATTERNS_PER_LANGUAGE),
      kk: z.array(pattern).min(1).max(MAX_PATTERNS_PER_LANGUAGE),
    }),
  }),
  z.strictObject({ kind: z.literal('citation'), min: count }),
  z.strictObject({ kind: z.literal('evidence'), min: count }),
]);

export const requisiteSchema = z.strictObject({
  id,
  label: localized(200),
  check: requisiteCheckSchema,
  reference: legalReferenceSchema.optional(),
  applies: z.literal('where-applicable').optional(),
});

export const actPartTemplateSchema = z.strictObject({
  id,
  heading: localized(200),
  hint: localized(2000),
  initialParagraphs: perLanguage(text(500), 10).optional(),
  reference: legalReferenceSchema.optional(),
  requisites: z
    .array(requisiteSchema)
    .max(MAX_PART_REQUISITES)
    .superRefine((requisites, context) => uniqueIds(requisites, context))
    .optional(),
  akomaNtoso: z.enum(AKOMA_NTOSO_ELEMENTS),
});

export const actTemplateSchema = z.strictObject({
  id: id.min(3),
  title: localized(200),
  reference: legalReferenceSchema,
  parts: z
    .array(actPartTemplateSchema)
    .min(1)
    .max(MAX_TEMPLATE_PARTS)
    .superRefine((parts, context) => {
      uniqueIds(parts, context);
      // An Akoma Ntoso judgment needs a body: header and conclusions alone do not make one.
      if (parts.length && parts.every((part) => ['header', 'conclusions'].includes(part.akomaNtoso))) {
        context.addIssue({
          code: 'custom',
          message: 'no part maps to an element of the judgment body (introduction … decision)',
          params: { reason: 'noJudgmentBody' },
        });
      }
    }),
});

/** A duplicate id is reported at the second item's `id`, with `params.reason` for readers that word problems. */
function uniqueIds(items: { id: string }[], context: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate id ${item.id}`,
        params: { reason: 'duplicateId', id: item.id },
      });
    }
    seen.add(item.id);
  });
}

/** One reason a template was refused: where (`['parts', 1, 'id']`) and what, in English, for the log. */
export interface ActTemplateIssue {
  path: (string | number)[];
  message: string;
}

export class ActTemplateError extends Error {
  constructor(readonly issues: ActTemplateIssue[]) {
    super(
      `Invalid act template: ${issues.map((issue) => `${issue.path.join('.') || '(template)'}: ${issue.message}`).join('; ')}`,
    );
    this.name = 'ActTemplateError';
  }
}

/** Reads a template from JSON, or throws ActTemplateError naming every problem (the first 20). */
export function parseActTemplate(json: unknown): ActTemplate {
  const result = actTemplateSchema.safeParse(json);
  if (result.success) return result.data;
  throw new ActTemplateError(
    result.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: issue.message,
    })),
  );
}
