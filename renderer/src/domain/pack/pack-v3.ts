import { z } from 'zod';
import { actTemplateSchema } from '../act/template-schema';
import { packV2 } from './pack-v2';

/**
 * Case pack format version 3: version 2 with an optional manifest field `templates`, act templates of the pack's
 * own (checked by the same validator as every template, domain/act/template-schema.ts). A case's `actType` names
 * a built-in template or one of these; a pack's template may not take a built-in template's id. Everything else,
 * files and checks, is as in version 2. Documented in docs/formats/case-pack.md.
 */
export const MAX_PACK_TEMPLATES = 20;

export const packV3 = z.strictObject({
  ...packV2.shape,
  formatVersion: z.literal(3),
  templates: z.array(actTemplateSchema).max(MAX_PACK_TEMPLATES).optional(),
});

export type PackV3 = z.infer<typeof packV3>;
