import { Dexie } from 'dexie';
import {
  generateIdentity,
  unlockIdentity,
  type IdentitySecrets,
} from '../../../renderer/src/domain/keys/identity';
import { readPackFile } from '../../../renderer/src/domain/pack/read-pack';
import { createRichTextSanitizer } from '../../../renderer/src/domain/pack/rich-text';
import { writePackArchive } from '../../../renderer/src/domain/pack/write-pack';
import type { ReadCohortFile } from '../../../renderer/src/domain/review/cohort-files';
import { countOutcomes } from '../../../renderer/src/domain/review/import-report';
import { sealSubmissionFile } from '../../../renderer/src/domain/submission/sealed-submission';
import {
  encodeSubmission,
  sealSubmission,
  type Submission,
} from '../../../renderer/src/domain/submission/submission';
import type { SubmissionV3 } from '../../../renderer/src/domain/submission/submission-v3';
import { importCohort } from '../../../renderer/src/storage/cohort-import';
import { CaseDraftDatabase } from '../../../renderer/src/storage/database';
import { importPack } from '../../../renderer/src/storage/pack-repository';
import { startReview } from '../../../renderer/src/storage/review-repository';
import { COHORT_CASE, COHORT_PACK, generateCohort } from '../cohort-import/generate-cohort';
import { generatePack } from '../pack-import/generate-pack';
import type { SealedBench, SealedInfo } from './protocol';

const sanitize = createRichTextSanitizer(window);
let packBytes: Uint8Array | undefined;
let secrets: IdentitySecrets | undefined;
let plainFiles: ReadCohortFile[] = [];
let sealedFiles: ReadCohortFile[] = [];
let firstSubmission: SubmissionV3 | undefined;
let databases = 0;

/** The submission of a plain file made format 3 (the cohort's generator writes version 2). */
async function asVersion3(file: ReadCohortFile): Promise<SubmissionV3> {
  const { digest: _digest, ...content } = JSON.parse(new TextDecoder().decode(file.bytes)) as Submission;
  return sealSubmission({ ...content, formatVersion: 3 as const });
}

/** Imports every file into a new database holding the pack, a started review and the trainer's keys, in ms. */
async function importAll(files: ReadCohortFile[]): Promise<number> {
  const db = new CaseDraftDatabase(`bench-sealed-${++databases}`);
  try {
    await db.open();
    await importPack(db, await readPackFile(packBytes!, { sanitize }), { bundled: false });
    await db.trainerIdentity.put({ id: 'own', secrets: secrets!, recoverySavedAt: secrets!.createdAt });
    const started = await startReview(db, COHORT_CASE.packId, COHORT_CASE.caseId);
    if (!started.ok) throw new Error(`The review did not start: ${started.reason}`);
    const start = performance.now();
    const report = await importCohort(db, started.review, files);
    const ms = performance.now() - start;
    const counts = countOutcomes(report);
    if (counts.imported !== files.length) {
      const refused = report.entries.find((entry) => entry.outcome.kind !== 'imported');
      throw new Error(
        `Not every file was imported: ${JSON.stringify(counts)}, e.g. ${JSON.stringify(refused)}`,
      );
    }
    return ms;
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

async function prepare(): Promise<SealedInfo> {
  const { manifest, files } = await generatePack(COHORT_PACK);
  packBytes = writePackArchive(manifest, files);
  secrets = await generateIdentity('Гульнара Сапарова');
  plainFiles = await generateCohort();
  const trainers = [secrets.public];
  sealedFiles = [];
  for (const file of plainFiles) {
    const submission = await asVersion3(file);
    firstSubmission ??= submission;
    sealedFiles.push({ name: file.name, bytes: (await sealSubmissionFile(submission, trainers)).bytes });
  }
  if (!(await unlockIdentity(secrets))) throw new Error('The trainer keys did not unlock.');
  await importAll(plainFiles);
  await importAll(sealedFiles);
  const total = (files: ReadCohortFile[]) => files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  return {
    files: plainFiles.length,
    sealInputBytes: (await sealSubmissionFile(firstSubmission!, trainers)).inner.byteLength,
    plainBytes: total(plainFiles),
    sealedBytes: total(sealedFiles),
  };
}

/**
 * Sealing alone: the submission's bytes are written first, as for a plain file (encodeSubmission: the same cost
 * either way), then sealed to the trainer (key agreement, encryption, the envelope).
 */
async function measureSeal(): Promise<number> {
  const inner = encodeSubmission(firstSubmission!);
  const start = performance.now();
  await sealSubmissionFile(firstSubmission!, [secrets!.public], inner);
  return performance.now() - start;
}

const bench: SealedBench = {
  prepare,
  measureSeal,
  measureImport: (sealed) => importAll(sealed ? sealedFiles : plainFiles),
};
window.sealedBench = bench;
