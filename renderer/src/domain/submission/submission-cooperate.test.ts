import { describe, expect, it, vi } from 'vitest';
import { cooperate } from '../cooperate';
import { encodeSubmission, readSubmission, sealSubmission } from './submission';
import { validSubmissionContent } from './test-submission';

vi.mock('../cooperate', () => ({ cooperate: vi.fn(() => Promise.resolve()) }));

describe('readSubmission', () => {
  it('offers the thread to the page between its checks, so reading many large files never freezes the screen', async () => {
    const check = await readSubmission(encodeSubmission(await sealSubmission(validSubmissionContent())));
    expect(check.ok).toBe(true);
    // After the scan, the structure, the document's limits and the act's parse: before each next long step.
    expect(vi.mocked(cooperate).mock.calls.length).toBeGreaterThanOrEqual(4);
  });
});
