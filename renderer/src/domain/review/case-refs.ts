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

/** A case the submissions name, and how many of them name it. */
export interface NamedCase {
  ref: SubmissionCaseRef;
  count: number;
}

/** Every case (pack, version and case) the submissions name, the most named first (on a tie, the first named). */
export function namedCases(refs: readonly SubmissionCaseRef[]): NamedCase[] {
  const counts = new Map<string, NamedCase>();
  for (const ref of refs) {
    const key = JSON.stringify([ref.packId, ref.packVersion, ref.caseId]);
    const entry = counts.get(key) ?? { ref, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  // Array.prototype.sort is stable: equal counts keep the order in which their case was first named.
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
