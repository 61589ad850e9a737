import { zipSync, type Zippable } from 'fflate';
import { SIGNATURE_FILE, type PackSignature } from './pack-signature';
import { MANIFEST_FILE, type PackV2 } from './pack-v2';
import type { PackV3 } from './pack-v3';
import type { PackV4 } from './pack-v4';

/** Files already compressed (PDF streams, PNG, JPEG) are stored as they are: deflating them again only costs. */
const STORED = /\.(pdf|png|jpe?g)$/i;
/** A fixed timestamp makes the same source build byte-identical packs. */
const FIXED_MTIME = new Date('2020-01-01T00:00:00Z');

/**
 * Writes a pack archive (version 2, 3 or 4): the manifest first, then every file it names (by archive path), then
 * the signature when there is one.
 */
export function writePackArchive(
  manifest: PackV2 | PackV3 | PackV4,
  files: ReadonlyMap<string, Uint8Array>,
  signature?: PackSignature,
): Uint8Array {
  const entries: Zippable = { [MANIFEST_FILE]: [jsonBytes(manifest), { level: 9 }] };
  for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entries[name] = [bytes, { level: STORED.test(name) ? 0 : 9 }];
  }
  if (signature) entries[SIGNATURE_FILE] = [jsonBytes(signature), { level: 0 }];
  return zipSync(entries, { mtime: FIXED_MTIME });
}

const jsonBytes = (value: unknown): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
