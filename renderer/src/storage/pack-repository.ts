import type { ActTemplate } from '../domain/act/template';
import { templateForActType } from '../domain/act/templates';
import type { CasePack, ReadPack } from '../domain/pack/pack';
import { PackError } from '../domain/pack/pack-error';
import type { CaseDraftDatabase } from './database';
import { caseKey, type AttachmentRecord, type CaseRecord, type PackRecord } from './records';

export type PackImportOutcome = 'imported' | 'updated' | 'unchanged';

export interface ImportPackOptions {
  bundled: boolean;
  now?: Date;
  /** Aborting before the transaction commits rolls all of it back. */
  signal?: AbortSignal;
}

/**
 * Stores a fully read and checked pack in one transaction: either all of it lands or none of it does.
 * - a pack not yet here is added;
 * - the same id and version again changes nothing, but with other content it is refused: the author changed
 *   the pack without raising its version, and silently keeping the old content would hide that;
 * - a newer version replaces the pack's cases; drafts are never touched (each keeps the version it was
 *   written against), and a case the new version drops stays while a draft depends on it;
 * - an older version than the one here is refused, so nobody downgrades a pack by accident.
 * Attachments are stored by content hash, once however many cases use them; those no case uses any more go, but
 * not those a trainer's review of an earlier version still shows.
 */
export async function importPack(
  db: CaseDraftDatabase,
  { pack, attachments, digest, signedBy }: ReadPack,
  options: ImportPackOptions = { bundled: false },
): Promise<PackImportOutcome> {
  const importedAt = (options.now ?? new Date()).toISOString();
  return db.transaction('rw', [db.packs, db.cases, db.drafts, db.attachments, db.reviews], async () => {
    options.signal?.throwIfAborted();
    const existing = await db.packs.get(pack.id);
    if (existing && existing.version === pack.version) {
      if (existing.contentDigest === undefined || existing.contentDigest === digest) return 'unchanged';
      throw new PackError([
        { code: 'changedWithoutNewVersion', title: existing.title, version: pack.version },
      ]);
    }
    if (existing && existing.version > pack.version) {
      throw new PackError([
        { code: 'olderVersion', title: existing.title, imported: existing.version, offered: pack.version },
      ]);
    }
    const records = toStoredRecords({ pack, attachments, signedBy }, options.bundled, importedAt);
    records.pack.contentDigest = digest;
    if (existing) {
      const keep = new Set(records.cases.map((record) => record.key));
      const drafted = new Set(await db.drafts.where('packId').equals(pack.id).primaryKeys());
      const stale = await db.cases.where('packId').equals(pack.id).primaryKeys();
      await db.cases.bulkDelete(stale.filter((key) => !keep.has(key) && !drafted.has(key)));
    }
    const hashes = records.attachments.map((record) => record.sha256);
    const stored = new Set(await db.attachments.where('sha256').anyOf(hashes).primaryKeys());
    await db.attachments.bulkPut(records.attachments.filter((record) => !stored.has(record.sha256)));
    await db.packs.put(records.pack);
    await db.cases.bulkPut(records.cases);
    if (existing) await deleteUnusedAttachments(db);
    options.signal?.throwIfAborted();
    return existing ? 'updated' : 'imported';
  });
}

/** The rows an import writes for a pack: its manifest, its cases, its attachments. */
export function toStoredRecords(
  { pack, attachments, signedBy }: Omit<ReadPack, 'digest'>,
  bundled: boolean,
  importedAt: string,
): { pack: PackRecord; cases: CaseRecord[]; attachments: AttachmentRecord[] } {
  return {
    pack: { ...toPackRecord(pack, bundled, importedAt), ...(signedBy ? { signedBy } : {}) },
    cases: toCaseRecords(pack),
    attachments: attachments.map((attachment) => ({
      sha256: attachment.sha256,
      mediaType: attachment.mediaType,
      size: attachment.bytes.byteLength,
      data:
        attachment.blob ??
        new Blob([attachment.bytes as Uint8Array<ArrayBuffer>], { type: attachment.mediaType }),
    })),
  };
}

/** Deletes the attachments that no case uses, counting the cases copied into reviews (they outlive pack versions). */
async function deleteUnusedAttachments(db: CaseDraftDatabase): Promise<void> {
  const used = new Set<string>();
  const collect = (materials: CaseRecord['materials']) => {
    for (const material of materials) if (material.kind === 'attachment') used.add(material.sha256);
  };
  await db.cases.each((record) => collect(record.materials));
  await db.reviews.each((review) => collect(review.case.materials));
  const all = await db.attachments.toCollection().primaryKeys();
  await db.attachments.bulkDelete(all.filter((sha256) => !used.has(sha256)));
}

function toPackRecord(pack: CasePack, bundled: boolean, importedAt: string): PackRecord {
  return {
    id: pack.id,
    version: pack.version,
    formatVersion: pack.formatVersion,
    title: pack.title,
    language: pack.language,
    authors: pack.authors,
    date: pack.date,
    description: pack.description,
    bundled,
    importedAt,
    ...(pack.templates?.length ? { templates: pack.templates } : {}),
    ...(pack.trainers?.length ? { trainers: pack.trainers } : {}),
  };
}

function toCaseRecords(pack: CasePack): CaseRecord[] {
  return pack.cases.map((packCase, order) => ({
    ...packCase,
    key: caseKey(pack.id, packCase.id),
    packId: pack.id,
    packVersion: pack.version,
    order,
  }));
}

export async function listPacks(db: CaseDraftDatabase): Promise<PackRecord[]> {
  const packs = await db.packs.toArray();
  return packs.sort((a, b) => a.title.localeCompare(b.title));
}

export async function findCase(
  db: CaseDraftDatabase,
  packId: string,
  caseId: string,
): Promise<CaseRecord | undefined> {
  return db.cases.get(caseKey(packId, caseId));
}

/**
 * The act template a case of this pack names: the pack's own template of that id first (pack format 3), then
 * the app's. A pack cannot shadow a built-in template (the import refuses one with a built-in id), so the order
 * only matters for a pack stored before that rule. Undefined when neither knows the id.
 */
export async function resolveActTemplate(
  db: CaseDraftDatabase,
  packId: string,
  templateId: string,
): Promise<ActTemplate | undefined> {
  const pack = await db.packs.get(packId);
  return templateForActType(templateId, pack?.templates);
}
