import bundledPacks from 'virtual:bundled-packs';
import { PackError } from '../../domain/pack/pack-error';
import { readPackFile } from '../../domain/pack/read-pack';
import { createRichTextSanitizer } from '../../domain/pack/rich-text';
import type { CaseDraftDatabase } from '../../storage/database';
import { importPack, listPacks } from '../../storage/pack-repository';

/**
 * Makes sure the library holds the packs built from exercises/ at their shipped versions. Runs at every start:
 * a pack already there at that version (or a newer one the user imported) is left alone without reading it; a
 * newer shipped version updates it (drafts untouched). Each pack is read with the importer's full check, the
 * same as a file the user opens; the build already ran that check (scripts/pack/vite-plugin-bundled-packs.ts).
 * Resolves with the first error of storing a pack (a full disk), for the library to tell; undefined when all is well.
 */
export async function installBundledPacks(db: CaseDraftDatabase): Promise<unknown> {
  const installed = new Map((await listPacks(db)).map((pack) => [pack.id, pack.version]));
  const pending = bundledPacks.filter(({ id, version }) => (installed.get(id) ?? 0) < version);
  if (!pending.length) return undefined;
  const sanitize = createRichTextSanitizer(window);
  let storageError: unknown;
  for (const { id, url } of pending) {
    let read;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      read = await readPackFile(new Uint8Array(await response.arrayBuffer()), { sanitize });
    } catch (error) {
      // A shipped file that is missing or refused is a build defect, not something the trainee can act on.
      console.error(`Bundled pack ${id} was not installed`, error);
      continue;
    }
    try {
      await importPack(db, read, { bundled: true });
    } catch (error) {
      // A user who imported a newer version of a bundled pack keeps it; a refusal is a build defect; the rest is
      // the database refusing to store it (a full disk).
      const newerInLibrary =
        error instanceof PackError && error.problems.every((problem) => problem.code === 'olderVersion');
      if (!newerInLibrary) console.error(`Bundled pack ${id} was not installed`, error);
      if (!(error instanceof PackError)) storageError ??= error;
    }
  }
  return storageError;
}
