import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { ActDocumentError, createActDocument, openActDocument } from '../../domain/act/document';
import type { ActTemplate } from '../../domain/act/template';
import { parseWorksheet, WorksheetError, type Worksheet } from '../../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from '../../storage/database';
import { findDraft } from '../../storage/draft-repository';
import { findCase, resolveActTemplate } from '../../storage/pack-repository';
import { caseKey, type CaseRecord, type StoredDraft } from '../../storage/records';
import { clearRescueCopy, newerRescueCopy } from '../../storage/unload-rescue';

export type LoadedWorkspace =
  | {
      kind: 'ready';
      caseRecord: CaseRecord;
      template: ActTemplate;
      doc: ProseMirrorNode;
      draft: StoredDraft | undefined;
      /** The saved (or rescued) worksheet, checked; undefined while the trainee has not touched it. */
      worksheet: Worksheet | undefined;
      /** The document is text rescued at the last unload, newer than the saved draft: it must be saved. */
      rescued: boolean;
    }
  | { kind: 'missing' }
  | { kind: 'unknownActType'; actType: string }
  | { kind: 'damaged'; detail: string };

/**
 * Everything a case workspace needs: the case, its act template, and the document to edit — the saved draft,
 * or a fresh one from the template when the trainee has not typed anything yet, or text rescued when the page
 * last unloaded if it is newer than the saved draft. A draft that cannot be read is reported, never replaced.
 */
export async function loadWorkspace(
  db: CaseDraftDatabase,
  packId: string,
  caseId: string,
): Promise<LoadedWorkspace> {
  const caseRecord = await findCase(db, packId, caseId);
  if (!caseRecord) return { kind: 'missing' };
  const key = caseKey(packId, caseId);
  const draft = await findDraft(db, key);
  // A draft on a pack's own template keeps that template, whatever later versions of the pack do with it.
  const template =
    draft?.template ?? (await resolveActTemplate(db, packId, draft?.templateId ?? caseRecord.actType));
  if (!template) return { kind: 'unknownActType', actType: draft?.templateId ?? caseRecord.actType };
  const ready = (
    doc: ProseMirrorNode,
    worksheet: Worksheet | undefined,
    rescued: boolean,
  ): LoadedWorkspace => ({
    kind: 'ready',
    caseRecord,
    template,
    doc,
    draft,
    worksheet,
    rescued,
  });

  let savedWorksheet: Worksheet | undefined;
  try {
    savedWorksheet = draft?.worksheet === undefined ? undefined : parseWorksheet(draft.worksheet);
  } catch (error) {
    if (error instanceof WorksheetError) return { kind: 'damaged', detail: error.detail };
    throw error;
  }

  const rescued = newerRescueCopy(key, draft?.updatedAt);
  if (rescued !== undefined) {
    try {
      const doc = openActDocument(rescued.document, template);
      // A copy written before the worksheet existed holds the document only, and a worksheet that cannot be
      // read is no reason to lose the act's newer text: the saved worksheet goes with it then.
      return ready(
        doc,
        'worksheet' in rescued ? readableWorksheet(rescued.worksheet, savedWorksheet) : savedWorksheet,
        true,
      );
    } catch {
      clearRescueCopy(key); // not a document of this act: fall back to the saved draft
    }
  }
  if (!draft) return ready(createActDocument(template, caseRecord.language), undefined, false);
  try {
    return ready(openActDocument(draft.document, template), savedWorksheet, false);
  } catch (error) {
    if (error instanceof ActDocumentError) return { kind: 'damaged', detail: error.detail };
    throw error;
  }
}

/** A rescued worksheet if it can be read, else the one saved before it. */
function readableWorksheet(rescued: unknown, saved: Worksheet | undefined): Worksheet | undefined {
  try {
    return parseWorksheet(rescued);
  } catch (error) {
    if (error instanceof WorksheetError) return saved;
    throw error;
  }
}
