import type { Node as ProseMirrorNode } from 'prosemirror-model';
import {
  ActDocumentError,
  assertMatchesTemplate,
  createActDocument,
  parseActDocument,
} from '../../domain/act/document';
import type { ActTemplate } from '../../domain/act/template';
import { findActTemplate } from '../../domain/act/templates';
import type { CaseDraftDatabase } from '../../storage/database';
import { findDraft } from '../../storage/draft-repository';
import { findCase } from '../../storage/pack-repository';
import { caseKey, type CaseRecord, type DraftRecord } from '../../storage/records';

export type LoadedWorkspace =
  | {
      kind: 'ready';
      caseRecord: CaseRecord;
      template: ActTemplate;
      doc: ProseMirrorNode;
      draft: DraftRecord | undefined;
    }
  | { kind: 'missing' }
  | { kind: 'unknownActType'; actType: string }
  | { kind: 'damaged'; detail: string };

/**
 * Everything a case workspace needs: the case, its act template, and the document to edit — the saved draft,
 * or a fresh one from the template when the trainee has not typed anything yet. A draft that cannot be read
 * is reported, never replaced.
 */
export async function loadWorkspace(
  db: CaseDraftDatabase,
  packId: string,
  caseId: string,
): Promise<LoadedWorkspace> {
  const caseRecord = await findCase(db, packId, caseId);
  if (!caseRecord) return { kind: 'missing' };
  const draft = await findDraft(db, caseKey(packId, caseId));
  const template = findActTemplate(draft?.templateId ?? caseRecord.actType);
  if (!template) return { kind: 'unknownActType', actType: draft?.templateId ?? caseRecord.actType };
  if (!draft)
    return {
      kind: 'ready',
      caseRecord,
      template,
      doc: createActDocument(template, caseRecord.language),
      draft,
    };
  try {
    const doc = parseActDocument(draft.document);
    assertMatchesTemplate(doc, template);
    return { kind: 'ready', caseRecord, template, doc, draft };
  } catch (error) {
    if (error instanceof ActDocumentError) return { kind: 'damaged', detail: error.detail };
    throw error;
  }
}
