import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFeedbackFiles } from './feedback-zip';

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
