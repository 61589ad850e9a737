import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDraftDatabase } from './database';
import { createTestDatabase } from './test-database';

let db: CaseDraftDatabase;
afterEach(() => db?.close());

describe('database schema, version 1', () => {
  it('opens an empty database at version 1 with its four tables', async () => {
    db = createTestDatabase();
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['cases', 'drafts', 'packs', 'settings']);
  });

  it('has the keys and indexes the repositories query by', async () => {
    db = createTestDatabase();
    await db.open();
    const shape = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        [table.schema.primKey.keyPath, ...table.schema.indexes.map((index) => index.keyPath)],
      ]),
    );
    expect(shape).toEqual({
      packs: ['id'],
      cases: ['key', 'packId'],
      drafts: ['key', 'packId', 'updatedAt'],
      settings: ['key'],
    });
  });
});
