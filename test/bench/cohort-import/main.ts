import { Dexie } from 'dexie';
import { readPackFile } from '../../../renderer/src/domain/pack/read-pack';
import { createRichTextSanitizer } from '../../../renderer/src/domain/pack/rich-text';
import { writePackArchive } from '../../../renderer/src/domain/pack/write-pack';
import type { ReadCohortFile } from '../../../renderer/src/domain/review/cohort-files';
import { countOutcomes } from '../../../renderer/src/domain/review/import-report';
import { sha256HexOfBytes } from '../../../renderer/src/domain/integrity/sha256';
import { importCohort } from '../../../renderer/src/storage/cohort-import';
import { CaseDraftDatabase } from '../../../renderer/src/storage/database';
import { importPack } from '../../../renderer/src/storage/pack-repository';
import type { ReviewRecord } from '../../../renderer/src/storage/records';
import { startReview } from '../../../renderer/src/storage/review-repository';
import { generatePack } from '../pack-import/generate-pack';
import { COHORT_CASE, COHORT_PACK, generateCohort } from './generate-cohort';
import type { CohortBench, CohortInfo, ImportSample } from './protocol';

const sanitize = createRichTextSanitizer(window);
let packBytes: Uint8Array | undefined;
let files: ReadCohortFile[] = [];
let databases = 0;

/** A new database holding the pack and a started review of its case, so the timing covers the import alone. */
async function reviewDatabase(): Promise<{ db: CaseDraftDatabase; review: ReviewRecord }> {
  const db = new CaseDraftDatabase(`bench-cohort-import-${++databases}`);
  await db.open();
  await importPack(db, await readPackFile(packBytes!, { sanitize }), { bundled: false });
  const started = await startReview(db, COHORT_CASE.packId, COHORT_CASE.caseId);
  if (!started.ok) throw new Error(`The review did not start: ${started.reason}`);
  return { db, review: started.review };
}

async function dispose(db: CaseDraftDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** Imports every file, failing unless every one is imported. */
async function importAll(db: CaseDraftDatabase, review: ReviewRecord): Promise<void> {
  const report = await importCohort(db, review, files);
  const counts = countOutcomes(report);
  if (counts.imported !== files.length) {
    const refused = report.entries.find((entry) => entry.outcome.kind !== 'imported');
    throw new Error(
      `Not every file was imported: ${JSON.stringify(counts)}, e.g. ${JSON.stringify(refused)}`,
    );
  }
}

async function measureImport(): Promise<ImportSample> {
  const { db, review } = await reviewDatabase();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  try {
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    await importAll(db, review);
    const ms = performance.now() - start;
    // Entries are delivered in a task of their own: let it run before reading them.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ms, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length };
  } finally {
    observer.disconnect();
    await dispose(db);
  }
}

async function measureRaw(): Promise<number> {
  const { db } = await reviewDatabase();
  try {
    const start = performance.now();
    const rows: { digest: string; submissionJson: string }[] = [];
    for (const file of files) {
      const text = new TextDecoder().decode(file.bytes);
      JSON.parse(text);
      rows.push({ digest: await sha256HexOfBytes(file.bytes), submissionJson: text });
    }
    // The same table, with the text itself, as the least an import does (importCohort stores a Blob of it).
    const contents = db.table<{ digest: string; submissionJson: string }, string>('reviewSubmissionContents');
    await db.transaction('rw', contents, () => contents.bulkPut(rows));
    return performance.now() - start;
  } finally {
    await dispose(db);
  }
}

async function prepare(): Promise<CohortInfo> {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask'))
    throw new Error('This Chromium does not report long tasks.');
  const start = performance.now();
  const { manifest, files: packFiles } = await generatePack(COHORT_PACK);
  packBytes = writePackArchive(manifest, packFiles);
  files = await generateCohort();
  const generateMs = performance.now() - start;
  const { db, review } = await reviewDatabase();
  await importAll(db, review).finally(() => dispose(db));
  const sizes = files.map((file) => file.bytes.byteLength);
  return {
    files: files.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
    smallestBytes: Math.min(...sizes),
    largestBytes: Math.max(...sizes),
    generateMs,
  };
}

const bench: CohortBench = { prepare, measureImport, measureRaw };
window.cohortBench = bench;
