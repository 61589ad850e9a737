import { z } from 'zod';
import { codeCheckSchema } from '../keys/code-check';
import { publicIdentitySchema } from '../keys/identity';
import { caseV2 } from './pack-v2';
import { packV3 } from './pack-v3';

/**
 * Case pack format version 4: version 3 with the trainers a submission is sealed to (`trainers`: the pack's
 * trainer, co-trainers and the programme's key) and, per timed case, checks of the exam's start and extra-time
 * codes (`examCodes`, never the codes themselves). A pack of any archive version may carry a signature
 * (sign-pack.ts); the app signs version 4. Documented in docs/formats/case-pack.md.
 */
export const MAX_PACK_TRAINERS = 10;

export const TRAINER_ROLES = ['trainer', 'coTrainer', 'programme'] as const;

export const packTrainerSchema = z.strictObject({
  ...publicIdentitySchema.shape,
  role: z.enum(TRAINER_ROLES),
});
export type PackTrainer = z.infer<typeof packTrainerSchema>;

export const examCodesSchema = z.strictObject({
  /** Checked with purpose `start/<packId>/<caseId>` (domain/keys/code-check.ts). */
  start: codeCheckSchema.optional(),
  /** Checked with purpose `extraTime/<packId>/<caseId>`. */
  extraTime: codeCheckSchema.optional(),
});
export type ExamCodes = z.infer<typeof examCodesSchema>;

export const packV4 = z.strictObject({
  ...packV3.shape,
  formatVersion: z.literal(4),
  trainers: z.array(packTrainerSchema).max(MAX_PACK_TRAINERS).optional(),
  cases: z
    .array(z.strictObject({ ...caseV2.shape, examCodes: examCodesSchema.optional() }))
    .min(1)
    .max(500),
});

export type PackV4 = z.infer<typeof packV4>;

/** The start code's and extra-time code's purposes: a check made for one case or use does not open another. */
export const examCodePurpose = (kind: keyof ExamCodes, packId: string, caseId: string): string =>
  `${kind}/${packId}/${caseId}`;
