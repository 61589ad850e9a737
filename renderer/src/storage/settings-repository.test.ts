import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDraftDatabase } from './database';
import { readSetting, writeSetting } from './settings-repository';
import { createTestDatabase } from './test-database';

let db: CaseDraftDatabase;
afterEach(() => db.close());

describe('settings', () => {
  it('are absent until written and then remembered', async () => {
    db = createTestDatabase();
    expect(await readSetting(db, 'locale')).toBeUndefined();
    await writeSetting(db, 'locale', 'kk');
    await writeSetting(db, 'participantName', 'Айгерім Сапарова');
    expect(await readSetting(db, 'locale')).toBe('kk');
    expect(await readSetting(db, 'participantName')).toBe('Айгерім Сапарова');
  });
});
