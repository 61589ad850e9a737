import { PackError } from '../../domain/pack/pack-error';
import { parsePack } from '../../domain/pack/parse-pack';
import type { CaseDraftDatabase } from '../../storage/database';
import { importPack } from '../../storage/pack-repository';

/** Every pack under exercises/, built into the app. Their validity is checked by a unit test at build time. */
const bundledPackSources = import.meta.glob<unknown>('../../../../exercises/*/pack.json', {
  eager: true,
  import: 'default',
});

/**
 * Makes sure the library holds the bundled packs at their shipped versions. Runs at every start: a pack
 * already there at that version is left alone, a newer shipped version updates it (drafts untouched).
 */
export async function installBundledPacks(db: CaseDraftDatabase): Promise<void> {
  for (const [source, json] of Object.entries(bundledPackSources)) {
    try {
      await importPack(db, parsePack(json), { bundled: true });
    } catch (error) {
      // A user who imported a newer version of a bundled pack keeps it; anything else is a build defect.
      const newerInLibrary =
        error instanceof PackError && error.problems.every((problem) => problem.code === 'olderVersion');
      if (!newerInLibrary) console.error(`Bundled pack ${source} was not installed`, error);
    }
  }
}
