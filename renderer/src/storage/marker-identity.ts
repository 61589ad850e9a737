import type { CaseDraftDatabase } from './database';
import { readSetting, updateSetting } from './settings-repository';

/**
 * This computer's marker id (settings `markerId`), made once: what tells this trainer's marks from a colleague's in
 * review files. Made in a transaction, so two windows asking at once still agree on one id.
 */
export async function ensureMarkerId(db: CaseDraftDatabase): Promise<string> {
  await updateSetting(db, 'markerId', (current) => current ?? crypto.randomUUID());
  const id = await readSetting(db, 'markerId');
  if (id === undefined) throw new Error('the marker id was not stored');
  return id;
}
