import { canonicalJson } from '../integrity/canonical-json';
import { sha256Hex } from '../integrity/sha256';
import type { Worksheet } from '../worksheet/worksheet';

/**
 * The `contentDigest` of a `save` link: SHA-256 of the saved document's JSON text (as the draft stores it, which
 * is `JSON.stringify` of the ProseMirror document, the same text a submission's `document` gives again) and the
 * worksheet's canonical JSON (`null` while the trainee has not touched it). The trainer's app makes the same digest
 * of the act handed in, so the last save can be matched to it.
 */
export function draftContentDigest(documentJson: string, worksheet: Worksheet | undefined): Promise<string> {
  return sha256Hex(`${documentJson}\n${canonicalJson(worksheet ?? null)}`);
}
