import {
  countOutcomes,
  type ImportFileOutcome,
  type ImportRefusalReason,
  type ImportReport,
} from '../../domain/review/import-report';
import { neutraliseFormula } from '../../domain/review/spreadsheet-formula';
import type { SubmissionProblem } from '../../domain/submission/submission';
import type { Translate } from '../../i18n/I18nProvider';
import { describeSubmissionRefusal } from '../../ui/describe-submission-refusal';

/** One file of an import report as the trainer reads it: which file (or whose work), and what became of it. */
export interface ReportLine {
  number: number;
  file: string;
  outcome: string;
}

/** The reasons the import gives of its own (`review.refused.*`); every other one is the submission reader's. */
const REVIEW_REASONS = new Set<ImportRefusalReason>([
  'otherPack',
  'otherPackVersion',
  'otherCase',
  'otherActType',
  'otherTemplate',
  'notSubmissionFile',
  'unreadableArchive',
  'unreadableEntry',
  'storageFailed',
]);

export function describeOutcome(t: Translate, outcome: ImportFileOutcome): string {
  if (outcome.kind !== 'refused') {
    const stored = t(`review.outcome.${outcome.kind}`);
    return 'receipt' in outcome && outcome.receipt
      ? `${stored}. ${t('review.outcome.receipt', { receipt: outcome.receipt })}`
      : stored;
  }
  const { reason, limit, sealedTo } = outcome;
  const why = REVIEW_REASONS.has(reason)
    ? t(`review.refused.${reason as Exclude<ImportRefusalReason, SubmissionProblem>}`)
    : describeSubmissionRefusal(t, { reason: reason as SubmissionProblem, limit, sealedTo });
  return t('review.outcome.refused', { reason: why });
}

/**
 * The report's lines. File names usually hold the participant's name, so while names are hidden a stored file is
 * named by its participant's anonymous code, and any other file by its place in the report only.
 */
export function reportLines(t: Translate, report: ImportReport, showNames: boolean): ReportLine[] {
  return report.entries.map(({ fileName, outcome }, index) => ({
    number: index + 1,
    file: showNames
      ? fileName
      : 'anonymousCode' in outcome
        ? t('trainer.report.participant', { code: outcome.anonymousCode })
        : t('trainer.report.fileNumber', { number: index + 1 }),
    outcome: describeOutcome(t, outcome),
  }));
}

/** "38 imported, 2 refused…": the kinds of outcome that happened, with their counts. */
export function reportSummary(t: Translate, report: ImportReport): string {
  return Object.entries(countOutcomes(report))
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => t(`trainer.report.count.${kind as ImportFileOutcome['kind']}`, { count }))
    .join(', ');
}

/** The report as plain text: the summary, then a line per file. */
export function reportText(t: Translate, report: ImportReport, showNames: boolean): string {
  const lines = reportLines(t, report, showNames).map(
    (line) => `${line.number}. ${line.file}: ${line.outcome}`,
  );
  return [reportSummary(t, report), '', ...lines, ''].join('\n');
}

/** The report as CSV (RFC 4180: every field quoted, CRLF between rows), a row per file under a header. */
export function reportCsv(t: Translate, report: ImportReport, showNames: boolean): string {
  const header = [
    t('trainer.report.columnNumber'),
    t('trainer.report.columnFile'),
    t('trainer.report.columnOutcome'),
  ];
  const rows = reportLines(t, report, showNames).map((line) => [
    String(line.number),
    line.file,
    line.outcome,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A field quoted, inner quotes doubled; a field a spreadsheet would take for a formula (a file named `=cmd…`) neutralised. */
function csvField(value: string): string {
  return `"${neutraliseFormula(value).replaceAll('"', '""')}"`;
}
