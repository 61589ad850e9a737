import type { AttachmentMaterial, TextMaterial } from '../../domain/pack/pack';
import type { CaseRecord } from '../../storage/records';

/**
 * The documents of a case file as the reader lists them: the task first, then every material in the pack's
 * order, then the legislation and the assessment criteria when the case has them. Ids are `material-<id>` for
 * materials and fixed words otherwise, so no material id can clash with a fixed document.
 */
export type CaseDocument =
  | { kind: 'task'; id: 'task' }
  | { kind: 'text'; id: string; material: TextMaterial }
  | { kind: 'pdf'; id: string; material: AttachmentMaterial }
  | { kind: 'image'; id: string; material: AttachmentMaterial }
  | { kind: 'legislation'; id: 'legislation' }
  | { kind: 'rubric'; id: 'rubric' };

export type CaseDocumentKind = CaseDocument['kind'];

/** Never empty: the task comes first. */
export type CaseDocuments = [CaseDocument, ...CaseDocument[]];

export function caseDocuments(caseRecord: CaseRecord): CaseDocuments {
  const documents: CaseDocuments = [{ kind: 'task', id: 'task' }];
  for (const material of caseRecord.materials) {
    const id = `material-${material.id}`;
    if (material.kind === 'text') documents.push({ kind: 'text', id, material });
    else if (material.mediaType === 'application/pdf') documents.push({ kind: 'pdf', id, material });
    else documents.push({ kind: 'image', id, material });
  }
  if (caseRecord.legislation.length > 0) documents.push({ kind: 'legislation', id: 'legislation' });
  if (caseRecord.rubric.length > 0) documents.push({ kind: 'rubric', id: 'rubric' });
  return documents;
}
