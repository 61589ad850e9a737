import { z } from 'zod';
import { CONTENT_LANGUAGES } from '../language';

/**
 * Field validators shared by every pack format version. A change here changes what older versions accept, so
 * only ever loosen a rule here; tighten it in the version that introduces the stricter rule.
 */
export const PACK_FORMAT = 'casedraft.pack';

export const slug = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
export const text = (max: number) => z.string().trim().min(1).max(max);
export const contentLanguage = z.enum(CONTENT_LANGUAGES);

export const legislationExcerpt = z.strictObject({
  code: text(50),
  article: z
    .string()
    .max(20)
    .regex(/^\d+(?:-\d+)?$/),
  part: z.string().trim().min(1).max(20).optional(),
  title: text(300).optional(),
  text: text(20_000),
});

export const rubricCriterion = z.strictObject({
  id: slug,
  title: text(200),
  maxPoints: z.number().int().positive().max(1000),
  description: z.string().max(2000).optional(),
});

/** Fields of a pack's manifest, the same in every version. */
export const manifestFields = {
  format: z.literal(PACK_FORMAT),
  id: slug,
  version: z.number().int().positive(),
  title: text(200),
  language: contentLanguage,
  authors: z.array(text(200)).max(50).optional(),
  date: z.iso.date().optional(),
  description: z.string().max(2000).optional(),
};

/** Fields of a case, the same in every version; materials differ between versions. */
export const caseFields = {
  id: slug,
  title: text(200),
  branch: slug,
  actType: slug,
  language: contentLanguage,
  instructions: text(5000),
  timeLimitMinutes: z.number().int().positive().max(1440).optional(),
  legislation: z.array(legislationExcerpt).max(200).optional(),
  rubric: z.array(rubricCriterion).min(1).max(30).optional(),
};

export type LegislationExcerpt = z.infer<typeof legislationExcerpt>;
export type RubricCriterion = z.infer<typeof rubricCriterion>;
