import { PackError } from '../domain/pack/pack-error';
import type { PackV1 } from '../domain/pack/pack-v1';
import type { CaseDraftDatabase } from './database';
import { caseKey, type CaseRecord, type PackRecord } from './records';

export type PackImportOutcome = 'imported' | 'updated' | 'unchanged';

/**
 * Stores a validated pack in one transaction: either all of it lands or none of it does.
 * - a pack not yet here is added;
 * - the same id and version again changes nothing;
 * - a newer version replaces the pack's cases; drafts are never touched (each keeps the version it was
 *   written against), and a case the new version drops stays while a draft depends on it;
 * - an older version than the one here is refused, so nobody downgrades a pack by accident.
 */
export async function importPack(
  db: CaseDraftDatabase,
  pack: PackV1,
  options: { bundled: boolean; now?: Date } = { bundled: false },
): Promise<PackImportOutcome> {
  const importedAt = (options.now ?? new Date()).toISOString();
  return db.transaction('rw', db.packs, db.cases, db.drafts, async () => {
    const existing = await db.packs.get(pack.id);
    if (existing && existing.version === pack.version) return 'unchanged';
    if (existing && existing.version > pack.version) {
      throw new PackError([
        { code: 'olderVersion', title: existing.title, imported: existing.version, offered: pack.version },
      ]);
    }
    const cases = toCaseRecords(pack);
    if (existing) {
      const keep = new Set(cases.map((record) => record.key));
      const drafted = new Set(await db.drafts.where('packId').equals(pack.id).primaryKeys());
      const stale = await db.cases.where('packId').equals(pack.id).primaryKeys();
      await db.cases.bulkDelete(stale.filter((key) => !keep.has(key) && !drafted.has(key)));
    }
    await db.packs.put(toPackRecord(pack, options.bundled, importedAt));
    await db.cases.bulkPut(cases);
    return existing ? 'updated' : 'imported';
  });
}

function toPackRecord(pack: PackV1, bundled: boolean, importedAt: string): PackRecord {
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
  };
}

function toCaseRecords(pack: PackV1): CaseRecord[] {
  return pack.cases.map((packCase, order) => ({
    key: caseKey(pack.id, packCase.id),
    packId: pack.id,
    id: packCase.id,
    packVersion: pack.version,
    order,
    title: packCase.title,
    branch: packCase.branch,
    actType: packCase.actType,
    language: packCase.language,
    instructions: packCase.instructions,
    timeLimitMinutes: packCase.timeLimitMinutes,
    materials: packCase.materials,
    legislation: packCase.legislation ?? [],
    rubric: packCase.rubric ?? [],
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
