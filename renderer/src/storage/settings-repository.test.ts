import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDraftDatabase } from './database';
import { readSetting, updateSetting, writeSetting } from './settings-repository';
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

  it('keeps both of two updates made at once', async () => {
    db = createTestDatabase();
    const add = (word: string) =>
      updateSetting(db, 'spellcheckOwnWords', (saved = {}) => ({
        ...saved,
        ru: [...(saved.ru ?? []), word],
      }));
    await Promise.all([add('истица'), add('Костанай')]);
    expect((await readSetting(db, 'spellcheckOwnWords'))?.ru?.sort()).toEqual(['Костанай', 'истица']);
  });
});
