import { z } from 'zod';
import { caseFields, manifestFields, slug, text } from './pack-fields';

/**
 * Case pack format version 2: a zip archive (`.cdpack`) whose `manifest.json` holds the pack's manifest and
 * cases; every material is a file of the archive, named by the manifest: rich text as HTML, or an attachment
 * (PDF, PNG, JPEG) with its SHA-256. Documented in docs/formats/case-pack.md; the JSON Schema beside it is
 * generated from this validator by `npm run pack:schema`.
 */
export const MANIFEST_FILE = 'manifest.json';

export const MATERIAL_MEDIA_TYPES = ['text/html', 'application/pdf', 'image/png', 'image/jpeg'] as const;
export type MaterialMediaType = (typeof MATERIAL_MEDIA_TYPES)[number];
export type AttachmentMediaType = Exclude<MaterialMediaType, 'text/html'>;

/** A file name inside the archive: relative, `/`-separated, no empty, `.` or `..` segments. */
const archivePath = z
  .string()
  .min(1)
  .max(240)
  .regex(/^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/);

export const materialV2 = z.strictObject({
  id: slug,
  title: text(200),
  file: archivePath,
  mediaType: z.enum(MATERIAL_MEDIA_TYPES),
  /** Lower-case hex SHA-256 of the file's bytes; checked on import. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const caseV2 = z.strictObject({
  ...caseFields,
  /** A title for `branch` when the app has none of its own for that id (see branch labels in the UI). */
  branchTitle: text(100).optional(),
  materials: z.array(materialV2).min(1).max(100),
});

export const packV2 = z.strictObject({
  ...manifestFields,
  formatVersion: z.literal(2),
  cases: z.array(caseV2).min(1).max(500),
});

export type PackV2 = z.infer<typeof packV2>;
export type PackV2Material = z.infer<typeof materialV2>;
