import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { ActDocumentError, createActDocument, openActDocument } from '../../domain/act/document';
import type { ActTemplate } from '../../domain/act/template';
import { parseWorksheet, WorksheetError, type Worksheet } from '../../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from '../../storage/database';
import { WordCounter } from '../../editor/word-counts';
import { findDraft } from '../../storage/draft-repository';
import { findCase, resolveActTemplate } from '../../storage/pack-repository';
import { caseKey, type CaseRecord, type StoredDraft } from '../../storage/records';
import { addRevision } from '../../storage/revision-repository';
import { clearRescueCopy, readRescueCopy, type ReadRescueCopy } from '../../storage/unload-rescue';

/**
 * Text rescued at an unload that could not be put back, because the draft was saved (in another window) after the
 * revision the text was typed over: it was kept as a version in the history instead, or, if even that could not be
 * stored, left where it was to be offered again.
 */
export type KeptAside = { revisionId: number; createdAt: string } | { error: unknown };

export type LoadedWorkspace =
  | {
      kind: 'ready';
      caseRecord: CaseRecord;
      template: ActTemplate;
      doc: ProseMirrorNode;
      draft: StoredDraft | undefined;
      /** The saved (or rescued) worksheet, checked; undefined while the trainee has not touched it. */
      worksheet: Worksheet | undefined;
      /** The document is text rescued at the last unload, typed over the saved draft: it must be saved. */
      rescued: boolean;
      /** Rescued text that the saved draft had moved on from, kept in the history rather than put back. */
      keptAside?: KeptAside;
    }
  | { kind: 'missing' }
  | { kind: 'unknownActType'; actType: string }
  | { kind: 'damaged'; detail: string };

/**
 * Everything a case workspace needs: the case, its act template, and the document to edit — the saved draft,
 * or a fresh one from the template when the trainee has not typed anything yet, or text rescued when the page
 * last unloaded if it was typed over the saved draft's revision. Rescued text typed over an older revision (another
 * window saved since) is kept as a version in the history, and the saved draft opens. A draft that cannot be read
 * is reported, never replaced.
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
    keptAside?: KeptAside,
  ): LoadedWorkspace => ({
    kind: 'ready',
    caseRecord,
    template,
    doc,
    draft,
    worksheet,
    rescued,
    ...(keptAside && { keptAside }),
  });

  let savedWorksheet: Worksheet | undefined;
  try {
    savedWorksheet = draft?.worksheet === undefined ? undefined : parseWorksheet(draft.worksheet);
  } catch (error) {
    if (error instanceof WorksheetError) return { kind: 'damaged', detail: error.detail };
    throw error;
  }

  const copy = readRescueCopy(key);
  let keptAside: KeptAside | undefined;
  if (copy !== undefined) {
    const rescued = copy.content;
    let rescuedDoc: ProseMirrorNode | undefined;
    try {
      rescuedDoc = openActDocument(rescued.document, template);
    } catch {
      clearRescueCopy(key); // not a document of this act: fall back to the saved draft
    }
    if (rescuedDoc && (!draft || copy.baseRevision === draft.revision)) {
      // A copy written before the worksheet existed holds the document only, and a worksheet that cannot be
      // read is no reason to lose the act's newer text: the saved worksheet goes with it then.
      return ready(
        rescuedDoc,
        'worksheet' in rescued ? readableWorksheet(rescued.worksheet, savedWorksheet) : savedWorksheet,
        true,
      );
    }
    if (rescuedDoc && draft) {
      if (sameText(rescued, draft))
        clearRescueCopy(key); // the save started at unload landed after all
      else keptAside = await keepAside(db, key, copy, rescuedDoc);
    }
  }
  if (!draft) return ready(createActDocument(template, caseRecord.language), undefined, false);
  try {
    return ready(openActDocument(draft.document, template), savedWorksheet, false, keptAside);
  } catch (error) {
    if (error instanceof ActDocumentError) return { kind: 'damaged', detail: error.detail };
    throw error;
  }
}

/** Whether rescued text is the draft's saved text, act and worksheet alike. */
function sameText(rescued: ReadRescueCopy['content'], draft: StoredDraft): boolean {
  return (
    JSON.stringify(rescued.document) === JSON.stringify(draft.document) &&
    JSON.stringify(rescued.worksheet) === JSON.stringify(draft.worksheet)
  );
}

/**
 * Stores rescued text as a version in the draft's history, dated when it was typed, and only then removes the copy:
 * if the version cannot be stored (a full disk), the copy stays to be offered again.
 */
async function keepAside(
  db: CaseDraftDatabase,
  draftKey: string,
  copy: ReadRescueCopy,
  doc: ProseMirrorNode,
): Promise<KeptAside> {
  const worksheet =
    copy.content.worksheet === undefined ? undefined : readableWorksheet(copy.content.worksheet, undefined);
  const writtenAt = new Date(copy.writtenAt);
  try {
    const version = await addRevision(
      db,
      {
        draftKey,
        reason: 'keptAside',
        document: copy.content.document,
        ...(worksheet && { worksheet }),
        wordCount: new WordCounter().countParts(doc).reduce((sum, count) => sum + count, 0),
      },
      Number.isNaN(writtenAt.getTime()) ? new Date() : writtenAt,
    );
    clearRescueCopy(draftKey);
    return { revisionId: version.id, createdAt: version.createdAt };
  } catch (error) {
    return { error };
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
