import { describeOutcome } from '../report-lines';
import {
  countMergeOutcomes,
  type MergeOutcome,
  type MergeReportEntry,
} from '../../../domain/review/review-merge-report';
import type { Translate } from '../../../i18n/I18nProvider';

/** One work of a merge report, as the trainer reads it: by its code (never a participant's name), and its fate. */
export interface MergeReportLine {
  digest: string;
  work: string;
  outcome: string;
}

export function mergeReportLines(t: Translate, entries: readonly MergeReportEntry[]): MergeReportLine[] {
  return entries.map((entry, index) => ({
    digest: entry.digest,
    work:
      entry.anonymousCode === undefined
        ? t('reviewMerge.workNumber', { number: index + 1 })
        : t('reviewMerge.work', { code: entry.anonymousCode }),
    outcome: describeMergeOutcome(t, entry.outcome, entry.markerName),
  }));
}

export function describeMergeOutcome(t: Translate, outcome: MergeOutcome, name: string): string {
  if (outcome.kind !== 'refused') {
    const said = t(`reviewMerge.outcome.${outcome.kind}`, { name });
    return outcome.submissionImported ? `${said} ${t('reviewMerge.outcome.imported')}` : said;
  }
  const reason =
    outcome.reason === 'submission'
      ? describeOutcome(t, outcome.submission)
      : t(`reviewMerge.entryRefused.${outcome.reason}`);
  return t('reviewMerge.outcome.refused', { reason });
}

/** "3 took their marks, 1 marked by you both": the kinds of outcome that happened, with their counts. */
export function mergeReportSummary(t: Translate, entries: readonly MergeReportEntry[]): string {
  return Object.entries(countMergeOutcomes(entries))
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => t(`reviewMerge.count.${kind as MergeOutcome['kind']}`, { count }))
    .join(', ');
}
