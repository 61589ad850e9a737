import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf, generateIdentity } from '../domain/keys/identity';
import type { CaseDraftDatabase } from './database';
import { createTestDatabase } from './test-database';
import {
  createTrainerIdentity,
  findTrainerIdentityRecord,
  loadTrainerIdentity,
  markRecoverySaved,
  restoreTrainerIdentity,
} from './trainer-identity-repository';

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

describe('createTrainerIdentity', () => {
  it('makes the trainer’s keys once, ready to use, and asks for the recovery file until it is saved', async () => {
    expect(await loadTrainerIdentity(db)).toBeUndefined();
    const record = await createTrainerIdentity(db, 'Айгерим');
    expect(record.secrets.public.name).toBe('Айгерим');
    expect(record.recoverySavedAt).toBeUndefined();
    const identity = await loadTrainerIdentity(db);
    expect(identity?.public).toEqual(record.secrets.public);
    expect(identity?.fingerprint).toBe(await fingerprintOf(record.secrets.public));

    await markRecoverySaved(db, new Date('2026-12-08T09:30:00.000Z'));
    expect((await findTrainerIdentityRecord(db))?.recoverySavedAt).toBe('2026-12-08T09:30:00.000Z');
  });

  it('never replaces keys already made: a second call, or two windows at once, get the first keys', async () => {
    const first = await createTrainerIdentity(db, 'Айгерим');
    const again = await createTrainerIdentity(db, 'Болат');
    expect(again.secrets).toEqual(first.secrets);
    expect((await findTrainerIdentityRecord(db))?.secrets).toEqual(first.secrets);

    const other = createTestDatabase();
    try {
      const [one, two] = await Promise.all([
        createTrainerIdentity(other, 'Окно 1'),
        createTrainerIdentity(other, 'Окно 2'),
      ]);
      expect(two.secrets).toEqual(one.secrets);
      expect(await other.trainerIdentity.count()).toBe(1);
    } finally {
      other.close();
    }
  });
});

describe('restoreTrainerIdentity', () => {
  it('puts restored keys on a computer that has none, the recovery file counted as saved', async () => {
    const secrets = await generateIdentity('Айгерим');
    const now = new Date('2026-12-08T10:00:00.000Z');
    expect(await restoreTrainerIdentity(db, secrets, { replace: false, now })).toEqual({ restored: true });
    expect(await findTrainerIdentityRecord(db)).toEqual({
      id: 'own',
      secrets,
      recoverySavedAt: now.toISOString(),
    });
    expect((await loadTrainerIdentity(db))?.fingerprint).toBe(await fingerprintOf(secrets.public));
  });

  it('keeps other keys already here unless the trainer said to replace them', async () => {
    const here = await createTrainerIdentity(db, 'Айгерим');
    const restored = await generateIdentity('Айгерим');

    expect(await restoreTrainerIdentity(db, restored, { replace: false })).toEqual({
      restored: false,
      kept: here,
    });
    expect((await findTrainerIdentityRecord(db))?.secrets).toEqual(here.secrets);

    expect(await restoreTrainerIdentity(db, restored, { replace: true })).toEqual({ restored: true });
    expect((await findTrainerIdentityRecord(db))?.secrets).toEqual(restored);
  });

  it('does not ask when the restored keys are the ones already here', async () => {
    const here = await createTrainerIdentity(db, 'Айгерим');
    const result = await restoreTrainerIdentity(db, here.secrets, {
      replace: false,
      now: new Date('2026-12-08T11:00:00.000Z'),
    });
    expect(result).toEqual({ restored: true });
    expect((await findTrainerIdentityRecord(db))?.recoverySavedAt).toBe('2026-12-08T11:00:00.000Z');
  });
});
