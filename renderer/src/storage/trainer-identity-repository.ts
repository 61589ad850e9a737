import {
  generateIdentity,
  unlockIdentity,
  type IdentitySecrets,
  type TrainerIdentity,
} from '../domain/keys/identity';
import type { CaseDraftDatabase } from './database';
import type { TrainerIdentityRecord } from './records';

/** The trainer's own keys on this computer, ready to use; undefined before they are made or restored. */
export async function loadTrainerIdentity(db: CaseDraftDatabase): Promise<TrainerIdentity | undefined> {
  const record = await db.trainerIdentity.get('own');
  return record && unlockIdentity(record.secrets);
}

/** The stored row itself (the recovery file is written from its secrets; the screen asks while it is unsaved). */
export function findTrainerIdentityRecord(db: CaseDraftDatabase): Promise<TrainerIdentityRecord | undefined> {
  return db.trainerIdentity.get('own');
}

/**
 * Makes the trainer's keys, unless this computer has them already: the existing ones are never replaced (a second
 * window making its own at the same moment loses, and both use the first).
 */
export async function createTrainerIdentity(
  db: CaseDraftDatabase,
  name: string,
): Promise<TrainerIdentityRecord> {
  const secrets = await generateIdentity(name);
  return db.transaction('rw', db.trainerIdentity, async () => {
    const existing = await db.trainerIdentity.get('own');
    if (existing) return existing;
    const record: TrainerIdentityRecord = { id: 'own', secrets };
    await db.trainerIdentity.add(record);
    return record;
  });
}

/**
 * Keys restored from a recovery file. Replacing other keys already here is the caller's decision, asked of the
 * trainer first (`replace`); without it, other keys already here are kept and `kept` says so.
 */
export async function restoreTrainerIdentity(
  db: CaseDraftDatabase,
  secrets: IdentitySecrets,
  options: { replace: boolean; now?: Date },
): Promise<{ restored: true } | { restored: false; kept: TrainerIdentityRecord }> {
  return db.transaction('rw', db.trainerIdentity, async () => {
    const existing = await db.trainerIdentity.get('own');
    const same = existing?.secrets.public.signingKey === secrets.public.signingKey;
    if (existing && !same && !options.replace) return { restored: false, kept: existing };
    // Restored from the recovery file: that file exists, so it is not asked for again.
    await db.trainerIdentity.put({
      id: 'own',
      secrets,
      recoverySavedAt: (options.now ?? new Date()).toISOString(),
    });
    return { restored: true };
  });
}

export async function markRecoverySaved(db: CaseDraftDatabase, now = new Date()): Promise<void> {
  await db.trainerIdentity.update('own', { recoverySavedAt: now.toISOString() });
}
