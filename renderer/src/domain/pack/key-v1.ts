import { z } from 'zod';
import { caseFields, manifestFields, text } from './pack-fields';

/**
 * Trainer key format version 1 (`.cdkey`): the model answers of one pack version, kept apart from the pack so
 * that trainees never receive them. One UTF-8 JSON file; rich text as HTML, sanitised on reading with the same
 * rule as pack materials. Documented in docs/formats/case-key.md; the JSON Schema beside it is generated from
 * this validator by `npm run pack:schema`.
 */
export const KEY_FORMAT = 'casedraft.key';

/** Rich text of a key: a complete model act is long, but not this long. */
export const MAX_KEY_HTML_CHARS = 500_000;

export const keyCaseV1 = z.strictObject({
  /** The case of the pack this answer belongs to. */
  caseId: caseFields.id,
  /** The model act as HTML. */
  modelAnswer: text(MAX_KEY_HTML_CHARS),
  /** What the trainer looks for, per rubric criterion, as HTML. */
  gradingNotes: text(MAX_KEY_HTML_CHARS).optional(),
});

export const keyV1 = z.strictObject({
  format: z.literal(KEY_FORMAT),
  formatVersion: z.literal(1),
  /** The pack and the version of it the answers were written for. */
  packId: manifestFields.id,
  packVersion: manifestFields.version,
  cases: z.array(keyCaseV1).min(1).max(500),
});

export type PackKeyV1 = z.infer<typeof keyV1>;
