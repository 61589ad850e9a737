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
  return undefined;
}

const pattern = z
  .string()
  .min(1)
  .max(MAX_PATTERN_LENGTH)
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
