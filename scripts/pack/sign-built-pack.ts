import { readFile, writeFile } from 'node:fs/promises';
import { readKeyCard, unlockIdentity, type PublicIdentity } from '../../renderer/src/domain/keys/identity';
import { readRecoveryFile, type RecoveryProblem } from '../../renderer/src/domain/keys/recovery-file';
import type { PackSignedBy } from '../../renderer/src/domain/pack/pack-signature';
import { PackError } from '../../renderer/src/domain/pack/pack-error';
import { readPackFile } from '../../renderer/src/domain/pack/read-pack';
import { signPackAsV4 } from '../../renderer/src/domain/pack/sign-pack';
import { describePackProblem } from './describe-problem';
import { displayPath } from './source-problem';
import { nodeSanitizer } from './node-sanitizer';

/** What `npm run pack -- --sign` was given: the trainer's recovery file and the key cards of others to name. */
export interface SigningRequest {
  recoveryFile: string;
  passphrase: string;
  coTrainerCards: string[];
  programmeCard?: string;
}

/** Why the pack could not be signed, in plain English naming the file; nothing was written. */
export class SigningError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningError';
  }
}

const RECOVERY_PROBLEMS: Record<RecoveryProblem, string> = {
  notRecoveryFile: 'is not a CaseDraft trainer recovery file (.cdtrainer)',
  unsupportedVersion: 'was made by a newer CaseDraft; update this project',
  damaged: 'is damaged',
  wrongPassphrase: 'does not open with this passphrase, or the file was changed',
};

/**
 * Rewrites the built pack file as a signed pack of format 4 naming the trainer, the co-trainers and the programme
 * key, then reads the written file back through the importer's check (the signature included). On any problem
 * the built, unsigned file is left as it was.
 */
export async function signBuiltPack(packFile: string, request: SigningRequest): Promise<PackSignedBy> {
  const recovery = await readRecoveryFile(await readBytes(request.recoveryFile), request.passphrase);
  if (!recovery.ok) {
    throw new SigningError(`${displayPath(request.recoveryFile)} ${RECOVERY_PROBLEMS[recovery.reason]}.`);
  }
  const identity = await unlockIdentity(recovery.secrets);
  if (!identity) throw new SigningError(`${displayPath(request.recoveryFile)} ${RECOVERY_PROBLEMS.damaged}.`);
  const coTrainers = await Promise.all(request.coTrainerCards.map(readCard));
  const programme = request.programmeCard === undefined ? undefined : await readCard(request.programmeCard);
  const unsigned = await readBytes(packFile);
  try {
    const signed = await signPackAsV4(unsigned, identity, { coTrainers, programme, examCodes: new Map() });
    const { signedBy } = await readPackFile(signed, { sanitize: nodeSanitizer() });
    if (!signedBy) throw new SigningError('The signed pack did not read back as signed.');
    await writeFile(packFile, signed);
    return signedBy;
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    throw new SigningError(error.problems.map((problem) => describePackProblem(problem)).join('\n'));
  }
}

/** A key card file: the one line a trainer copies with «Скопировать карточку ключа». */
async function readCard(file: string): Promise<PublicIdentity> {
  const identity = readKeyCard(new TextDecoder().decode(await readBytes(file)));
  if (!identity) {
    throw new SigningError(
      `${displayPath(file)} is not a trainer key card (one line starting CASEDRAFT-TRAINER-1:).`,
    );
  }
  return identity;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new SigningError(`Cannot read ${displayPath(file)}.`);
  }
}
