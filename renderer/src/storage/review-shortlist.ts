import type { CaseDraftDatabase } from './database';

/**
 * Puts a submission on the review's classroom shortlist (at its end, so the list keeps the order the trainer chose
 * the works in) or takes it off; in one transaction, so two windows toggling at once lose neither change. Says
 * whether the work is on the list afterwards; false too when the review is not there.
 */
export async function toggleShortlisted(
  db: CaseDraftDatabase,
  reviewKey: string,
  digest: string,
): Promise<boolean> {
  return db.transaction('rw', db.reviews, async () => {
    const review = await db.reviews.get(reviewKey);
    if (!review) return false;
    const shortlist = review.shortlist ?? [];
    const listed = shortlist.includes(digest);
    await db.reviews.update(reviewKey, {
      shortlist: listed ? shortlist.filter((other) => other !== digest) : [...shortlist, digest],
    });
    return !listed;
  });
}
