import type { ImportFileOutcome, ImportReport } from '../../domain/review/import-report';

/**
 * The last import's report of each review, kept in session storage until the next import into that review or until
 * the trainer closes it. Session storage, not the database: it survives leaving the review and reloading the page,
 * which is when a trainer expects to find it again, yet goes when CaseDraft is closed, so a report (whose file names
 * hold participants' names) is not written to disk for good; and a report needs no database version of its own.
 */
const STORAGE_PREFIX = 'casedraft.review.lastImportReport:';

const OUTCOME_KINDS = new Set<string>([
  'imported',
  'newerVersion',
  'earlierVersion',
  'duplicate',
  'refused',
  'notImported',
] satisfies ImportFileOutcome['kind'][]);

export function keepImportReport(reviewKey: string, report: ImportReport, storage = sessionStorage): void {
  try {
    storage.setItem(STORAGE_PREFIX + reviewKey, JSON.stringify(report));
  } catch {
    // Storage refused (quota, privacy settings): the report is on screen now, only not found again later.
  }
}

export function forgetImportReport(reviewKey: string, storage = sessionStorage): void {
  try {
    storage.removeItem(STORAGE_PREFIX + reviewKey);
  } catch {
    // Nothing kept can be read either.
  }
}

/** The report kept for a review; undefined when none is, or when what is kept is not a report. */
export function keptImportReport(reviewKey: string, storage = sessionStorage): ImportReport | undefined {
  try {
    const kept = storage.getItem(STORAGE_PREFIX + reviewKey);
    return kept === null ? undefined : asReport(JSON.parse(kept));
  } catch {
    return undefined;
  }
}

/** A stored value is the app's own, but another version of the app may have written it: checked before use. */
function asReport(value: unknown): ImportReport | undefined {
  const { entries, cancelled } = (value ?? {}) as Partial<Record<keyof ImportReport, unknown>>;
  if (!Array.isArray(entries) || typeof cancelled !== 'boolean') return undefined;
  const valid = entries.every((entry: unknown) => {
    const { fileName, outcome } = (entry ?? {}) as { fileName?: unknown; outcome?: unknown };
    return typeof fileName === 'string' && isOutcome(outcome);
  });
  return valid ? (value as ImportReport) : undefined;
}

function isOutcome(value: unknown): boolean {
  const { kind, reason, anonymousCode } = (value ?? {}) as Record<string, unknown>;
  if (typeof kind !== 'string' || !OUTCOME_KINDS.has(kind)) return false;
  if (kind === 'refused') return typeof reason === 'string';
  return kind === 'notImported' || typeof anonymousCode === 'string';
}
