import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isFeedbackArchive, zipFeedbackFiles } from './feedback-zip';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('a zip of feedback files', () => {
  it('holds every file whole, in order, a second file of one name as name (2)', async () => {
    const files = [
      {
        name: 'Асель-Нурланова-loan-dispute-feedback.cdfb',
        bytes: bytesOf('{"a": "первый"}\n'.repeat(1000)),
      },
      { name: 'Ерлан-Ахметов-loan-dispute-feedback.cdfb', bytes: bytesOf('{"b": 2}\n') },
      { name: 'асель-нурланова-loan-dispute-feedback.cdfb', bytes: bytesOf('{"c": 3}\n') },
    ];
    async function* oneByOne() {
      yield* files;
    }
    const zip = await zipFeedbackFiles(oneByOne());
    expect(zip.count).toBe(3);
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries)).toEqual([
      'Асель-Нурланова-loan-dispute-feedback.cdfb',
      'Ерлан-Ахметов-loan-dispute-feedback.cdfb',
      'асель-нурланова-loan-dispute-feedback (2).cdfb',
    ]);
    expect(Object.values(entries)).toEqual(files.map((file) => file.bytes));
    expect(zip.bytes.byteLength).toBeLessThan(files[0]!.bytes.byteLength / 10);
  });
});

describe('isFeedbackArchive', () => {
  it('knows a trainer’s zip of feedback files, or any zip holding one', async () => {
    const cohort = await zipFeedbackFiles([
      { name: 'Асель-loan-feedback.cdfb', bytes: bytesOf('{}') },
      { name: 'Ерлан-loan-feedback.cdfb', bytes: bytesOf('{}') },
    ]);
    expect(isFeedbackArchive(cohort.bytes)).toBe(true);
    expect(isFeedbackArchive(zipSync({ 'notes.txt': bytesOf('x'), 'group/МОЙ.CDFB': bytesOf('{}') }))).toBe(
      true,
    );
  });

  it('does not take a pack, another zip, a feedback file itself or a damaged zip for one', () => {
    expect(isFeedbackArchive(zipSync({ 'manifest.json': bytesOf('{}') }))).toBe(false);
    expect(isFeedbackArchive(zipSync({ 'feedback.cdfb.txt': bytesOf('x') }))).toBe(false);
    expect(isFeedbackArchive(bytesOf('{"format": "casedraft-feedback"}'))).toBe(false);
    expect(isFeedbackArchive(zipSync({ 'a.cdfb': bytesOf('{}') }).subarray(0, 40))).toBe(false);
  });
});
