import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDraftDatabase } from './database';
import type { ReviewRecord } from './records';
import { toggleShortlisted } from './review-shortlist';
import { createTestDatabase } from './test-database';
import { startTestReview } from './test-review';

let db: CaseDraftDatabase;
let review: ReviewRecord;
beforeEach(async () => {
  db = createTestDatabase();
  review = await startTestReview(db);
});
afterEach(() => db.close());

const shortlist = async () => (await db.reviews.get(review.key))?.shortlist;

describe('the classroom shortlist', () => {
  it('keeps works in the order they were chosen, and takes one off without moving the others', async () => {
    expect(await toggleShortlisted(db, review.key, 'b')).toBe(true);
    expect(await toggleShortlisted(db, review.key, 'a')).toBe(true);
    expect(await toggleShortlisted(db, review.key, 'c')).toBe(true);
    expect(await shortlist()).toEqual(['b', 'a', 'c']);
    expect(await toggleShortlisted(db, review.key, 'a')).toBe(false);
    expect(await shortlist()).toEqual(['b', 'c']);
  });

  it('loses neither of two toggles made at once', async () => {
    await Promise.all([toggleShortlisted(db, review.key, 'a'), toggleShortlisted(db, review.key, 'b')]);
    expect([...((await shortlist()) ?? [])].sort()).toEqual(['a', 'b']);
  });

  it('changes nothing for a review that is not there', async () => {
    expect(await toggleShortlisted(db, 'other-pack/case@1', 'a')).toBe(false);
    expect(await db.reviews.get('other-pack/case@1')).toBeUndefined();
  });
});
