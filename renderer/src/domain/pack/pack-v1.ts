import { z } from 'zod';
import { caseFields, manifestFields, slug, text } from './pack-fields';

/**
 * Case pack format version 1: one JSON file holding a pack's manifest and its cases, materials as plain text.
 * Documented in docs/formats/case-pack.md. Objects are strict: an unknown key is an error, because a typo in
 * a trainer's file must not silently drop data.
 */
const materialBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heading'), text: text(500) }),
  z.strictObject({ type: z.literal('paragraph'), text: text(20_000) }),
]);

const material = z.strictObject({
  id: slug,
  title: text(200),
  blocks: z.array(materialBlock).min(1).max(2000),
});

export const packV1 = z.strictObject({
  ...manifestFields,
  formatVersion: z.literal(1),
  cases: z
    .array(z.strictObject({ ...caseFields, materials: z.array(material).min(1).max(100) }))
    .min(1)
    .max(500),
});

export type PackV1 = z.infer<typeof packV1>;
export type PackV1Material = z.infer<typeof material>;
