import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { feedbackV1 } from '../../renderer/src/domain/feedback/feedback-v1';
import { feedbackV2 } from '../../renderer/src/domain/feedback/feedback-v2';
import { keyV1 } from '../../renderer/src/domain/pack/key-v1';
import { packV2 } from '../../renderer/src/domain/pack/pack-v2';
import { packSignatureSchema } from '../../renderer/src/domain/pack/pack-signature';
import { packV3 } from '../../renderer/src/domain/pack/pack-v3';
import { packV4 } from '../../renderer/src/domain/pack/pack-v4';
import { reviewFileV1 } from '../../renderer/src/domain/review/review-file-v1';
import { reviewFileV2 } from '../../renderer/src/domain/review/review-file-v2';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The JSON Schemas published beside the format documents, generated from the validators the app runs. */
const SCHEMAS = [
  {
    file: 'docs/formats/case-pack-v2.schema.json',
    schema: packV2,
    $id: 'urn:casedraft:schema:case-pack:2',
    title: 'CaseDraft case pack manifest, format version 2',
    description:
      'manifest.json of a .cdpack archive (docs/formats/case-pack.md). Generated from ' +
      'renderer/src/domain/pack/pack-v2.ts by `npm run pack:schema`; do not edit. The importer also checks ' +
      'what a schema cannot state: known act types, unique ids, and every file named against its digest.',
  },
  {
    file: 'docs/formats/case-pack-v3.schema.json',
    schema: packV3,
    $id: 'urn:casedraft:schema:case-pack:3',
    title: 'CaseDraft case pack manifest, format version 3',
    description:
      'manifest.json of a .cdpack archive with act templates of its own (docs/formats/case-pack.md). Generated ' +
      'from renderer/src/domain/pack/pack-v3.ts by `npm run pack:schema`; do not edit. The importer also checks ' +
      'what a schema cannot state: known act types (built in or the pack’s own), template ids other than the ' +
      'built-in ones, unique ids, text patterns that are small regular expressions, and every file named ' +
      'against its digest.',
  },
  {
    file: 'docs/formats/case-pack-v4.schema.json',
    schema: packV4,
    $id: 'urn:casedraft:schema:case-pack:4',
    title: 'CaseDraft case pack manifest, format version 4',
    description:
      'manifest.json of a .cdpack archive naming the trainers submissions are sealed to and checks of timed ' +
      'cases’ exam codes (docs/formats/case-pack.md). Generated from renderer/src/domain/pack/pack-v4.ts by ' +
      '`npm run pack:schema`; do not edit. The importer also checks what version 3’s schema says it checks, ' +
      'and the archive’s signature.json when there is one.',
  },
  {
    file: 'docs/formats/case-pack-signature-v1.schema.json',
    schema: packSignatureSchema,
    $id: 'urn:casedraft:schema:case-pack-signature:1',
    title: 'CaseDraft case pack signature, format version 1',
    description:
      'signature.json of a signed .cdpack archive (docs/formats/case-pack.md). Generated from ' +
      'renderer/src/domain/pack/pack-signature.ts by `npm run pack:schema`; do not edit. The importer also ' +
      'checks that manifestDigest is the manifest’s digest and that the Ed25519 signature over it and the signer holds.',
  },
  {
    file: 'docs/formats/case-key-v1.schema.json',
    schema: keyV1,
    $id: 'urn:casedraft:schema:case-key:1',
    title: 'CaseDraft answer key, format version 1',
    description:
      'A .cdkey file (docs/formats/case-key.md). Generated from renderer/src/domain/pack/key-v1.ts by ' +
      '`npm run pack:schema`; do not edit. The reader also checks that case ids are unique and that the ' +
      'rich text passes the pack sanitiser unchanged.',
  },
  {
    file: 'docs/formats/feedback-v1.schema.json',
    schema: feedbackV1,
    $id: 'urn:casedraft:schema:feedback:1',
    title: 'CaseDraft feedback file, format version 1',
    description:
      'A .cdfb file (docs/formats/feedback.md). Generated from renderer/src/domain/feedback/feedback-v1.ts by ' +
      '`npm run pack:schema`; do not edit. The reader also checks what a schema cannot state: the digest, that ' +
      'the criteria are the rubric’s and the scores add up, the submission inside (as a .cdsub) and that it is ' +
      'the one named, every anchored passage in the act, and the model answer against the pack sanitiser.',
  },
  {
    file: 'docs/formats/feedback-v2.schema.json',
    schema: feedbackV2,
    $id: 'urn:casedraft:schema:feedback:2',
    title: 'CaseDraft feedback file, format version 2',
    description:
      'A .cdfb file, signed when the trainer has keys (docs/formats/feedback.md). Generated from ' +
      'renderer/src/domain/feedback/feedback-v2.ts by `npm run pack:schema`; do not edit. The reader also checks ' +
      'what a schema cannot state: the digest, the Ed25519 signature over it by the signer named, that the ' +
      'criteria are the rubric’s and the scores add up, the submission inside (as a .cdsub) and that it is the ' +
      'one named, every anchored passage in the act, and the model answer against the pack sanitiser.',
  },
  {
    file: 'docs/formats/review-file-v1.schema.json',
    schema: reviewFileV1,
    $id: 'urn:casedraft:schema:review-file:1',
    title: 'CaseDraft review file, format version 1',
    description:
      'review.json of a .cdreview archive (docs/formats/review-file.md). Generated from ' +
      'renderer/src/domain/review/review-file-v1.ts by `npm run pack:schema`; do not edit. The reader also ' +
      'checks what a schema cannot state: each digest once, nothing in the archive but review.json and the ' +
      'submissions it names, scores the review’s rubric allows, and each submission file through the cohort ' +
      'import’s checks.',
  },
  {
    file: 'docs/formats/review-file-v2.schema.json',
    schema: reviewFileV2,
    $id: 'urn:casedraft:schema:review-file:2',
    title: 'CaseDraft review file, format version 2',
    description:
      'review.json of a .cdreview archive, sealed by a digest and signed when the marker has keys ' +
      '(docs/formats/review-file.md). Generated from renderer/src/domain/review/review-file-v2.ts by ' +
      '`npm run pack:schema`; do not edit. The reader also checks what a schema cannot state: the digest, the ' +
      'Ed25519 signature over it by the signer named, each digest once, nothing in the archive but review.json ' +
      'and the submissions it names, scores the review’s rubric allows, and each submission file through the ' +
      'cohort import’s checks.',
  },
] as const;

export interface GeneratedSchema {
  /** Relative to the project folder. */
  file: string;
  text: string;
}

/** Every schema file's text, formatted as Prettier formats the project so `npm run lint` leaves it alone. */
export async function generateSchemas(): Promise<GeneratedSchema[]> {
  return Promise.all(
    SCHEMAS.map(async ({ file, schema, $id, title, description }) => {
      const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
      const json = JSON.stringify({ $schema, $id, title, description, ...rest }, null, 2);
      const options = (await resolveConfig(fileURLToPath(new URL(file, `file://${ROOT}`)))) ?? {};
      return { file, text: await format(json, { ...options, parser: 'json' }) };
    }),
  );
}

/** The committed text of a schema file, or undefined when there is none. */
export async function committedSchema(file: string): Promise<string | undefined> {
  try {
    return await readFile(new URL(file, `file://${ROOT}`), 'utf8');
  } catch {
    return undefined;
  }
}

export const PROJECT_ROOT = ROOT;
