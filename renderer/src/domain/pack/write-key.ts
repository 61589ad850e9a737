import type { PackKeyV1 } from './key-v1';

/** Writes a trainer key file (`.cdkey`): UTF-8 JSON, indented so that a person can read it too. */
export function writeKeyFile(key: PackKeyV1): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(key, null, 2)}\n`);
}
