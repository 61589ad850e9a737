import { cooperate } from '../cooperate';
import { listCohortFiles, MAX_SUBMISSION_FILE_BYTES, type CohortFile } from './cohort-files';

/** The case a submission names: its pack, the pack version and the case id. */
export interface SubmissionCaseRef {
  packId: string;
  packVersion: number;
  caseId: string;
}

/**
 * The case each readable file names, to start a review from submissions alone. Only these three fields are looked
 * at, nothing is checked: the import that follows checks every file in full and refuses what does not belong.
 * Files that are not JSON, too large, or name no case are skipped. Cancelled, it rejects with the signal's reason.
 */
export async function readCaseRefs(
  files: readonly CohortFile[],
  signal?: AbortSignal,
): Promise<SubmissionCaseRef[]> {
  const refs: SubmissionCaseRef[] = [];
  for (const file of listCohortFiles(files)) {
    await cooperate();
    signal?.throwIfAborted();
    if ('problem' in file || file.size > MAX_SUBMISSION_FILE_BYTES) continue;
    try {
      const ref = caseRefOf(JSON.parse(new TextDecoder().decode(await file.read(signal))));
      if (ref) refs.push(ref);
    } catch {
      // Not JSON, or an entry that does not unpack: the import reports it.
    }
  }
  return refs;
}

function caseRefOf(json: unknown): SubmissionCaseRef | undefined {
  const { pack, case: packCase } = (json ?? {}) as {
    pack?: { id?: unknown; version?: unknown };
    case?: { id?: unknown };
  };
  if (typeof pack?.id !== 'string' || typeof pack.version !== 'number' || typeof packCase?.id !== 'string') {
    return undefined;
  }
  return { packId: pack.id, packVersion: pack.version, caseId: packCase.id };
}

/** The case most of the submissions name (the first named on a tie), and how many name it; undefined for none. */
export function mostNamedCase(
  refs: readonly SubmissionCaseRef[],
): { ref: SubmissionCaseRef; count: number } | undefined {
  const counts = new Map<string, { ref: SubmissionCaseRef; count: number }>();
  for (const ref of refs) {
    const key = JSON.stringify([ref.packId, ref.packVersion, ref.caseId]);
    const entry = counts.get(key) ?? { ref, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  let best: { ref: SubmissionCaseRef; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best;
}
