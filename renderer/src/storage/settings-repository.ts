import type { CaseDraftDatabase } from './database';

/** Every setting the app keeps, with its type. */
export interface Settings {
  /** The interface language the user chose; absent means "follow the system". */
  locale: 'kk' | 'ru' | 'en';
  /** The trainee's name as written on submissions. */
  participantName: string;
  /** The share of the workspace width given to the materials pane, 0.2–0.8. */
  workspaceSplit: number;
  /** Whether the act editor underlines misspelt words; absent means off. */
  spellcheck: boolean;
  /** Words the trainee added to their own spelling dictionary, per language of the act ('ru', 'kk'). */
  spellcheckOwnWords: Partial<Record<string, string[]>>;
  /** The editor's text size in percent, 50–200 (features/workspace/zoom-steps.ts). */
  editorZoom: number;
  /** The reviews (by key) in which the trainer chose to see participants' names; every other review is anonymous. */
  reviewsShowingNames: string[];
  /** The trainer's name as written on feedback and review files. */
  trainerName: string;
  /** A random id made once on this computer: tells this trainer's marks from a colleague's in review files. */
  markerId: string;
}

export async function readSetting<K extends keyof Settings>(
  db: CaseDraftDatabase,
  key: K,
): Promise<Settings[K] | undefined> {
  const record = await db.settings.get(key);
  return record?.value as Settings[K] | undefined;
}

export async function writeSetting<K extends keyof Settings>(
  db: CaseDraftDatabase,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * Changes a setting from its current value in one transaction, so two changes in quick succession (two words added
 * to the dictionary) both land instead of the second overwriting the first.
 */
export async function updateSetting<K extends keyof Settings>(
  db: CaseDraftDatabase,
  key: K,
  update: (current: Settings[K] | undefined) => Settings[K],
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await writeSetting(db, key, update(await readSetting(db, key)));
  });
}
