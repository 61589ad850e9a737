import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOf, generateIdentity } from '../../../domain/keys/identity';
import { writeRecoveryFile } from '../../../domain/keys/recovery-file';
import type { Platform } from '../../../platform';
import type { CaseDraftDatabase } from '../../../storage/database';
import { createTestDatabase } from '../../../storage/test-database';
import {
  createTrainerIdentity,
  findTrainerIdentityRecord,
} from '../../../storage/trainer-identity-repository';
import {
  recoveryFileName,
  replaceIdentity,
  restoreFromRecoveryFile,
  saveRecoveryFile,
} from './recovery-actions';

let db: CaseDraftDatabase;
afterEach(() => db.close());

const PASSPHRASE = 'зелёный чайник на окне';
const DIALOG = { title: 'Save', filterName: 'Recovery file' };

/** A platform whose save dialog keeps what it is given, or is cancelled. */
function platformThat(answer: 'saves' | 'cancels') {
  const saved: { suggestedName: string; bytes: Uint8Array }[] = [];
  const platform = {
    saveFile: async ({ suggestedName, bytes }: { suggestedName: string; bytes: Uint8Array }) => {
      if (answer === 'cancels') return { saved: false as const };
      saved.push({ suggestedName, bytes });
      return { saved: true as const, name: suggestedName };
    },
  } as unknown as Platform;
  return { platform, saved };
}

describe('saving the recovery file', () => {
  it('names the file after the trainer and notes it saved, so the trainer area stops asking', async () => {
    db = createTestDatabase();
    const record = await createTrainerIdentity(db, 'Гульнара Сапарова');
    const { platform, saved } = platformThat('saves');
    const name = await saveRecoveryFile(db, platform, record.secrets, PASSPHRASE, DIALOG);
    expect(name).toBe('Гульнара-Сапарова.cdtrainer');
    expect(saved).toHaveLength(1);
    expect((await findTrainerIdentityRecord(db))?.recoverySavedAt).toBeDefined();
  });

  it('keeps asking when the save dialog is cancelled', async () => {
    db = createTestDatabase();
    const record = await createTrainerIdentity(db, 'Гульнара Сапарова');
    const name = await saveRecoveryFile(
      db,
      platformThat('cancels').platform,
      record.secrets,
      PASSPHRASE,
      DIALOG,
    );
    expect(name).toBeNull();
    expect((await findTrainerIdentityRecord(db))?.recoverySavedAt).toBeUndefined();
  });

  it('gives a file name even for a name made only of characters file systems refuse', () => {
    expect(recoveryFileName('???')).toBe('trainer.cdtrainer');
  });
});

describe('restoring from a recovery file', () => {
  it('brings back the same key on a computer that has none', async () => {
    db = createTestDatabase();
    const secrets = await generateIdentity('Айгерім Қасымова');
    const file = await writeRecoveryFile(secrets, PASSPHRASE);
    const outcome = await restoreFromRecoveryFile(db, file, PASSPHRASE);
    const fingerprint = await fingerprintOf(secrets.public);
    expect(outcome).toEqual({ kind: 'restored', restored: { name: 'Айгерім Қасымова', fingerprint } });
    expect((await findTrainerIdentityRecord(db))?.secrets.public).toEqual(secrets.public);
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    db = createTestDatabase();
    const file = await writeRecoveryFile(await generateIdentity('Айгерім Қасымова'), PASSPHRASE);
    expect(await restoreFromRecoveryFile(db, file, 'не та фраза совсем')).toEqual({
      kind: 'refused',
      reason: 'wrongPassphrase',
    });
    expect(await findTrainerIdentityRecord(db)).toBeUndefined();
  });

  it('never replaces other keys on its own: it names both, and replaces only when asked', async () => {
    db = createTestDatabase();
    const here = await createTrainerIdentity(db, 'Гульнара Сапарова');
    const other = await generateIdentity('Айгерім Қасымова');
    const outcome = await restoreFromRecoveryFile(db, await writeRecoveryFile(other, PASSPHRASE), PASSPHRASE);
    expect(outcome.kind).toBe('otherKeysHere');
    if (outcome.kind !== 'otherKeysHere') return;
    expect(outcome.here).toEqual({
      name: 'Гульнара Сапарова',
      fingerprint: await fingerprintOf(here.secrets.public),
      recoverySaved: false,
    });
    expect(outcome.restoring.name).toBe('Айгерім Қасымова');
    expect((await findTrainerIdentityRecord(db))?.secrets.public).toEqual(here.secrets.public);

    await replaceIdentity(db, outcome.secrets);
    expect((await findTrainerIdentityRecord(db))?.secrets.public).toEqual(other.public);
  });
});
