import { z } from 'zod';
import { CONTENT_LANGUAGES } from '../language';

/**
 * Case pack format version 1: one JSON file holding a pack's manifest and its cases, materials as plain text.
 * Documented in docs/formats/case-pack.md. Objects are strict: an unknown key is an error, because a typo in
 * a trainer's file must not silently drop data.
 */
export const PACK_FORMAT = 'casedraft.pack';

const slug = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const language = z.enum(CONTENT_LANGUAGES);

const materialBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heading'), text: text(500) }),
  z.strictObject({ type: z.literal('paragraph'), text: text(20_000) }),
]);

const material = z.strictObject({
  id: slug,
  title: text(200),
  blocks: z.array(materialBlock).min(1).max(2000),
});

const legislationExcerpt = z.strictObject({
  code: text(50),
  article: z
    .string()
    .max(20)
    .regex(/^\d+(?:-\d+)?$/),
  part: z.string().trim().min(1).max(20).optional(),
  title: text(300).optional(),
  text: text(20_000),
});

const rubricCriterion = z.strictObject({
  id: slug,
  title: text(200),
  maxPoints: z.number().int().positive().max(1000),
  description: z.string().max(2000).optional(),
});

const packCase = z.strictObject({
  id: slug,
  title: text(200),
  branch: slug,
  actType: slug,
  language,
  instructions: text(5000),
  timeLimitMinutes: z.number().int().positive().max(1440).optional(),
  materials: z.array(material).min(1).max(100),
  legislation: z.array(legislationExcerpt).max(200).optional(),
  rubric: z.array(rubricCriterion).min(1).max(30).optional(),
});

export const packV1 = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(1),
  id: slug,
  version: z.number().int().positive(),
  title: text(200),
  language,
  authors: z.array(text(200)).max(50).optional(),
  date: z.iso.date().optional(),
  description: z.string().max(2000).optional(),
  cases: z.array(packCase).min(1).max(500),
});

export type PackV1 = z.infer<typeof packV1>;
export type PackMaterial = z.infer<typeof material>;
export type LegislationExcerpt = z.infer<typeof legislationExcerpt>;
export type RubricCriterion = z.infer<typeof rubricCriterion>;
