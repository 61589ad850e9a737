import { Dexie } from 'dexie';
import type { CaseDraftDatabase } from './database';
import type { ColleagueMarkRecord } from './records';

/** Every colleague's marks of one submission kept beside this trainer's (a double-marked work), by name. */
export async function listColleagueMarks(
  db: CaseDraftDatabase,
  digest: string,
): Promise<ColleagueMarkRecord[]> {
  const records = await db.colleagueMarks
    .where('[digest+markerId]')
    .between([digest, Dexie.minKey], [digest, Dexie.maxKey])
    .toArray();
  return records.sort((a, b) => a.markerName.localeCompare(b.markerName));
}

/** Every colleague's marks kept beside this trainer's in a review, for the queue. */
export async function listReviewColleagueMarks(
  db: CaseDraftDatabase,
  reviewKey: string,
): Promise<ColleagueMarkRecord[]> {
  return db.colleagueMarks.where('reviewKey').equals(reviewKey).toArray();
}
