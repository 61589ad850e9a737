import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { MAX_PART_REQUISITES, MAX_TEMPLATE_PARTS } from './template-schema';

/**
 * The requisites the trainee has marked "not applicable to this case" (an interpreter where none took part): a
 * decision about the case, so it belongs to the draft. It is kept in the act document's `notApplicable` attribute
 * (schema.ts), which makes it saved, undone and handed in with the text. Each entry is `part-id/requisite-id`; part
 * and requisite ids are lower-case words joined by hyphens (template-schema.ts), so the slash is unambiguous.
 * Only a requisite its template marks `where-applicable` can be waived: an entry naming any other is ignored.
 */

/** The entry for one requisite of one part. */
export function requisiteKey(partId: string, requisiteId: string): string {
  return `${partId}/${requisiteId}`;
}

/** The entries of a document; none in a draft written before the attribute existed. */
export function notApplicableKeys(doc: ProseMirrorNode): readonly string[] {
  const keys: unknown = doc.attrs.notApplicable;
  return Array.isArray(keys) ? (keys as string[]) : [];
}

/** The entries with one requisite marked or unmarked, sorted, so the same marks always read the same. */
export function withRequisiteMarked(keys: readonly string[], key: string, marked: boolean): string[] {
  const rest = keys.filter((candidate) => candidate !== key);
  return (marked ? [...rest, key] : rest).sort();
}

const KEY = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** A template has at most this many requisites, so a longer list is not one the app wrote. */
const MAX_KEYS = MAX_TEMPLATE_PARTS * MAX_PART_REQUISITES;
const MAX_KEY_LENGTH = 129;

/** The attribute's validator: a stored or received document with anything else in it is refused. */
export function validateNotApplicable(value: unknown): void {
  if (!Array.isArray(value) || value.length > MAX_KEYS)
    throw new RangeError(`notApplicable must be a list of at most ${MAX_KEYS} part-id/requisite-id entries`);
  for (const key of value as unknown[]) {
    if (typeof key !== 'string' || key.length > MAX_KEY_LENGTH || !KEY.test(key))
      throw new RangeError(`notApplicable holds ${JSON.stringify(key)}, not a part-id/requisite-id entry`);
  }
}
