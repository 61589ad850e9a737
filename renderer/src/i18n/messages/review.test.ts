import { describe, expect, it } from 'vitest';
import type { ImportFileOutcome, ImportRefusalReason } from '../../domain/review/import-report';
import { UI_LOCALES } from '../locales';
import { catalogs } from './index';

/**
 * Every reason a cohort import may give, as a record so that a new one (a new refusal of readSubmission, say)
 * fails to compile here until it is listed, and then fails below until it has a message.
 */
const REFUSAL_REASONS: Record<ImportRefusalReason, true> = {
  notJson: true,
  invalidStructure: true,
  unsupportedVersion: true,
  invalidWorksheet: true,
  invalidTemplate: true,
  invalidDocument: true,
  digestMismatch: true,
  otherPack: true,
  otherPackVersion: true,
  otherCase: true,
  otherActType: true,
  otherTemplate: true,
  tooLarge: true,
  notSubmissionFile: true,
  unreadableArchive: true,
  unreadableEntry: true,
  storageFailed: true,
};

const OUTCOMES: Record<ImportFileOutcome['kind'], true> = {
  imported: true,
  newerVersion: true,
  earlierVersion: true,
  duplicate: true,
  refused: true,
  notImported: true,
};

describe('the review catalogue', () => {
  it.each(UI_LOCALES)('words every import refusal and outcome in %s', (locale) => {
    const catalog: Record<string, string> = catalogs[locale];
    const keys = [
      ...Object.keys(REFUSAL_REASONS).map((reason) => `review.refused.${reason}`),
      ...Object.keys(OUTCOMES).map((kind) => `review.outcome.${kind}`),
    ];
    expect(keys.filter((key) => !catalog[key]?.trim())).toEqual([]);
  });
});
