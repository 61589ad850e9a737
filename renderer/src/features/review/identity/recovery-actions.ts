import { fingerprintOf, type IdentitySecrets } from '../../../domain/keys/identity';
import {
  readRecoveryFile,
  RECOVERY_EXTENSION,
  writeRecoveryFile,
  type RecoveryProblem,
} from '../../../domain/keys/recovery-file';
import { fileNamePart } from '../../../domain/text/file-name';
import type { Platform } from '../../../platform';
import type { CaseDraftDatabase } from '../../../storage/database';
import { markRecoverySaved, restoreTrainerIdentity } from '../../../storage/trainer-identity-repository';

/** The recovery file's suggested name: the trainer's name, so a colleague's file is not taken for one's own. */
export function recoveryFileName(name: string): string {
  return `${fileNamePart(name) || 'trainer'}.${RECOVERY_EXTENSION}`;
}

/**
 * Writes the recovery file, locked with the passphrase, through the save dialog, and once it is saved notes so
 * (the trainer area stops asking for it). Resolves with the saved file's name, or null when the trainer cancelled;
 * a disk that refuses the file rejects, for the screen to say why.
 */
export async function saveRecoveryFile(
  db: CaseDraftDatabase,
  platform: Platform,
  secrets: IdentitySecrets,
  passphrase: string,
  dialog: { title: string; filterName: string },
): Promise<string | null> {
  const bytes = await writeRecoveryFile(secrets, passphrase);
  const result = await platform.saveFile({
    title: dialog.title,
    suggestedName: recoveryFileName(secrets.public.name),
    filters: [{ name: dialog.filterName, extensions: [RECOVERY_EXTENSION] }],
    bytes,
  });
  if (!result.saved) return null;
  await markRecoverySaved(db);
  return result.name;
}

/** A trainer as a person checks them: the name and the fingerprint. */
export interface KeyLabel {
  name: string;
  fingerprint: string;
}

export type RestoreOutcome =
  | { kind: 'restored'; restored: KeyLabel }
  | { kind: 'refused'; reason: RecoveryProblem }
  /** This computer has other keys: nothing changed; the trainer decides (replaceIdentity) or keeps them. */
  | {
      kind: 'otherKeysHere';
      restoring: KeyLabel;
      here: KeyLabel & { recoverySaved: boolean };
      secrets: IdentitySecrets;
    };

/**
 * Restores the keys a recovery file holds. Keys already here that are the same are kept as they are; other keys
 * are never replaced here: the outcome names both, for the trainer to choose.
 */
export async function restoreFromRecoveryFile(
  db: CaseDraftDatabase,
  bytes: Uint8Array,
  passphrase: string,
): Promise<RestoreOutcome> {
  const read = await readRecoveryFile(bytes, passphrase);
  if (!read.ok) return { kind: 'refused', reason: read.reason };
  const restoring = await labelOf(read.secrets);
  const result = await restoreTrainerIdentity(db, read.secrets, { replace: false });
  if (result.restored) return { kind: 'restored', restored: restoring };
  return {
    kind: 'otherKeysHere',
    restoring,
    here: {
      ...(await labelOf(result.kept.secrets)),
      recoverySaved: result.kept.recoverySavedAt !== undefined,
    },
    secrets: read.secrets,
  };
}

/** Replaces the keys here with restored ones, once the trainer has said so. */
export async function replaceIdentity(db: CaseDraftDatabase, secrets: IdentitySecrets): Promise<void> {
  await restoreTrainerIdentity(db, secrets, { replace: true });
}

async function labelOf(secrets: IdentitySecrets): Promise<KeyLabel> {
  return { name: secrets.public.name, fingerprint: await fingerprintOf(secrets.public) };
}
