import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../domain/review/import-report';
import { createTestStorage } from '../../storage/test-local-storage';
import { forgetImportReport, keepImportReport, keptImportReport } from './kept-import-report';

const REPORT: ImportReport = {
  cancelled: false,
  entries: [
    { fileName: 'a.cdsub', outcome: { kind: 'imported', digest: 'd1', anonymousCode: 'K7QX2' } },
    { fileName: 'b.cdsub', outcome: { kind: 'refused', reason: 'tooLarge', detail: '300 bytes' } },
    { fileName: 'c.cdsub', outcome: { kind: 'notImported' } },
  ],
};

describe('the last import report of a review', () => {
  it('is found again for that review (after leaving it or reloading), and for no other', () => {
    const storage = createTestStorage();
    keepImportReport('pack/case@1', REPORT, storage);
    expect(keptImportReport('pack/case@1', storage)).toEqual(REPORT);
    expect(keptImportReport('pack/other@1', storage)).toBeUndefined();
  });

  it('is replaced by the next import’s, and gone once the trainer closes it', () => {
    const storage = createTestStorage();
    keepImportReport('pack/case@1', REPORT, storage);
    const next: ImportReport = { cancelled: true, entries: REPORT.entries.slice(2) };
    keepImportReport('pack/case@1', next, storage);
    expect(keptImportReport('pack/case@1', storage)).toEqual(next);
    forgetImportReport('pack/case@1', storage);
    expect(keptImportReport('pack/case@1', storage)).toBeUndefined();
  });

  it('is not shown when what is kept is not a report', () => {
    const storage = createTestStorage();
    for (const kept of [
      'not json',
      '{"entries":[{"fileName":"a","outcome":{"kind":"refused"}}],"cancelled":false}',
    ]) {
      storage.setItem('casedraft.review.lastImportReport:pack/case@1', kept);
      expect(keptImportReport('pack/case@1', storage)).toBeUndefined();
    }
  });
});
