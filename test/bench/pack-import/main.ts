import { Dexie } from 'dexie';
import type { ReadPack } from '../../../renderer/src/domain/pack/pack';
import { readPackFile } from '../../../renderer/src/domain/pack/read-pack';
import { createRichTextSanitizer } from '../../../renderer/src/domain/pack/rich-text';
import { writePackArchive } from '../../../renderer/src/domain/pack/write-pack';
import { CaseDraftDatabase } from '../../../renderer/src/storage/database';
import { importPack, toStoredRecords } from '../../../renderer/src/storage/pack-repository';
import { generatePack } from './generate-pack';
import type { PackBench, PackInfo } from './protocol';

const sanitize = createRichTextSanitizer(window);
let packBytes: Uint8Array | undefined;
let readPack: ReadPack | undefined;
let databases = 0;

type Rows = ReturnType<typeof toStoredRecords>;

/** The rows importPack writes for a new pack, built by the same function it uses. */
function rowsOf(readPack: ReadPack): Rows {
  return toStoredRecords(readPack, false, new Date().toISOString());
}

/** A new, empty, already open database, so neither measurement includes creating the schema. */
async function freshDatabase(): Promise<CaseDraftDatabase> {
  const db = new CaseDraftDatabase(`bench-pack-import-${++databases}`);
  await db.open();
  return db;
}

async function dispose(db: CaseDraftDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

async function timed(db: CaseDraftDatabase, work: () => Promise<unknown>): Promise<number> {
  try {
    const start = performance.now();
    await work();
    return performance.now() - start;
  } finally {
    await dispose(db);
  }
}

async function measureImport(): Promise<number> {
  const bytes = packBytes!;
  const db = await freshDatabase();
  return timed(db, async () => {
    const read = await readPackFile(bytes, { sanitize });
    if ((await importPack(db, read, { bundled: false })) !== 'imported') throw new Error('Pack not imported');
  });
}

async function measureBulkPut(): Promise<number> {
  const rows = rowsOf(readPack!);
  const db = await freshDatabase();
  return timed(db, () => bulkPut(db, rows));
}

function bulkPut(db: CaseDraftDatabase, rows: Rows): Promise<void> {
  return db.transaction('rw', [db.packs, db.cases, db.attachments], async () => {
    await db.attachments.bulkPut(rows.attachments);
    await db.packs.bulkPut([rows.pack]);
    await db.cases.bulkPut(rows.cases);
  });
}

/** Counts and sizes of what a database holds, to check both ways store the same. */
async function contents(db: CaseDraftDatabase): Promise<string> {
  const attachments = await db.attachments.toArray();
  const bytes = attachments.reduce((sum, row) => sum + row.size, 0);
  const cases = await db.cases.toArray();
  const materials = cases.reduce((sum, row) => sum + row.materials.length, 0);
  return JSON.stringify([await db.packs.count(), cases.length, materials, attachments.length, bytes]);
}

async function prepare(): Promise<PackInfo> {
  let start = performance.now();
  const { manifest, files } = await generatePack();
  const generateMs = performance.now() - start;
  start = performance.now();
  packBytes = writePackArchive(manifest, files);
  const zipMs = performance.now() - start;
  readPack = await readPackFile(packBytes, { sanitize });

  const imported = await freshDatabase();
  await importPack(imported, readPack, { bundled: false });
  const put = await freshDatabase();
  await bulkPut(put, rowsOf(readPack));
  const [a, b] = [await contents(imported), await contents(put)];
  await Promise.all([dispose(imported), dispose(put)]);
  if (a !== b) throw new Error(`The import and the baseline store different rows: ${a} vs ${b}`);

  const texts = [...files].filter(([name]) => name.endsWith('.html'));
  return {
    packBytes: packBytes.byteLength,
    cases: manifest.cases.length,
    textMaterials: texts.length,
    textBytes: texts.reduce((sum, [, bytes]) => sum + bytes.byteLength, 0),
    attachments: readPack.attachments.length,
    attachmentBytes: readPack.attachments.reduce((sum, { bytes }) => sum + bytes.byteLength, 0),
    generateMs,
    zipMs,
  };
}

const bench: PackBench = { prepare, measureImport, measureBulkPut };
window.packBench = bench;
