import { describe, expect, it } from 'vitest';
import type { ImportFileOutcome, ImportRefusalReason } from '../../domain/review/import-report';
import type { SubmissionProblem } from '../../domain/submission/submission';
import { UI_LOCALES } from '../locales';
import { catalogs } from './index';

/**
 * Every reason of its own a cohort import may give (the reader's are worded as `submissionProblem.<reason>`, and
 * checked with the reader's catalogue), as a record so that a new one fails to compile here until it is listed,
 * and then fails below until it has a message.
 */
const REFUSAL_REASONS: Record<Exclude<ImportRefusalReason, SubmissionProblem>, true> = {
  otherPack: true,
  otherPackVersion: true,
  otherCase: true,
  otherActType: true,
  otherTemplate: true,
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
