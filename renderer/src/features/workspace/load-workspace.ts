import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { ActDocumentError, createActDocument, openActDocument } from '../../domain/act/document';
import type { ActTemplate } from '../../domain/act/template';
import { parseWorksheet, WorksheetError, type Worksheet } from '../../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from '../../storage/database';
import { WordCounter } from '../../editor/core/word-counts';
import { findDraft } from '../../storage/draft-repository';
import { findCase, resolveActTemplate } from '../../storage/pack-repository';
import { caseKey, type CaseRecord, type StoredDraft } from '../../storage/records';
import { addRevision } from '../../storage/revision-repository';
import { clearRescueCopy, readRescueCopies, type ReadRescueCopy } from '../../storage/unload-rescue';

/**
 * Text rescued at an unload that could not be put back, because the draft was saved (in another window) after the
 * revision the text was typed over, or another window's copy was put back: it was kept as a version in the history instead, or, if even that could not be
 * stored, left where it was to be offered again.
 */
export type KeptAside = { revisionId: number; createdAt: string } | { error: unknown };

/** The rescue copy whose text was put back: the window (undefined: an earlier version) that wrote it. */
export interface RescuedFrom {
  writer: string | undefined;
}

export type LoadedWorkspace =
  | {
      kind: 'ready';
      caseRecord: CaseRecord;
      template: ActTemplate;
      doc: ProseMirrorNode;
      draft: StoredDraft | undefined;
      /** The saved (or rescued) worksheet, checked; undefined while the trainee has not touched it. */
      worksheet: Worksheet | undefined;
      /**
       * The document is text rescued at the last unload, typed over the saved draft: it must be saved, and the copy
       * it came from removed once it is.
       */
      rescued: RescuedFrom | false;
      /** Rescued texts that the saved draft had moved on from, kept in the history rather than put back. */
      keptAside?: KeptAside[];
    }
  | { kind: 'missing' }
  | { kind: 'unknownActType'; actType: string }
  | { kind: 'damaged'; detail: string };

/**
 * Everything a case workspace needs: the case, its act template, and the document to edit — the saved draft,
 * or a fresh one from the template when the trainee has not typed anything yet, or text rescued when the page
 * last unloaded if it was typed over the saved draft's revision. Rescued text typed over an older revision (another
 * window saved since), and any other window's rescued text beside the one put back, is kept as a version in the
 * history. A draft that cannot be read
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
    rescued: RescuedFrom | false,
    keptAside: KeptAside[] = [],
  ): LoadedWorkspace => ({
    kind: 'ready',
    caseRecord,
    template,
    doc,
    draft,
    worksheet,
    rescued,
    ...(keptAside.length > 0 && { keptAside }),
  });

  let savedWorksheet: Worksheet | undefined;
  try {
    savedWorksheet = draft?.worksheet === undefined ? undefined : parseWorksheet(draft.worksheet);
  } catch (error) {
    if (error instanceof WorksheetError) return { kind: 'damaged', detail: error.detail };
    throw error;
  }

  const { putBack, keptAside } = await sortRescueCopies(db, key, draft, template);
  if (putBack) {
    const rescued = putBack.copy.content;
    // A copy written before the worksheet existed holds the document only, and a worksheet that cannot be
    // read is no reason to lose the act's newer text: the saved worksheet goes with it then.
    return ready(
      putBack.doc,
      'worksheet' in rescued ? readableWorksheet(rescued.worksheet, savedWorksheet) : savedWorksheet,
      { writer: putBack.copy.writer },
      keptAside,
    );
  }
  if (!draft) return ready(createActDocument(template, caseRecord.language), undefined, false);
  try {
    return ready(openActDocument(draft.document, template), savedWorksheet, false, keptAside);
  } catch (error) {
    if (error instanceof ActDocumentError) return { kind: 'damaged', detail: error.detail };
    throw error;
  }
}

interface OpenedCopy {
  copy: ReadRescueCopy;
  doc: ProseMirrorNode;
}

/**
 * Every rescue copy the draft's windows left: at most one is put back (one that may go over the draft's current
 * revision, the newest if several may); the others hold text the draft has not got, and each is kept as a version
 * in the history, its copy removed once the version is stored. A copy that only repeats text kept elsewhere is
 * removed, and so is one that is not a document of this act.
 */
async function sortRescueCopies(
  db: CaseDraftDatabase,
  draftKey: string,
  draft: StoredDraft | undefined,
  template: ActTemplate,
): Promise<{ putBack: OpenedCopy | undefined; keptAside: KeptAside[] }> {
  const opened = readRescueCopies(draftKey).flatMap((copy): OpenedCopy[] => {
    try {
      return [{ copy, doc: openActDocument(copy.content.document, template) }];
    } catch {
      clearRescueCopy(draftKey, copy.writer); // not a document of this act: fall back to the saved draft
      return [];
    }
  });
  const putBack = opened
    .filter(({ copy }) => mayGoOver(copy, draft))
    .sort((a, b) => writtenTime(b.copy) - writtenTime(a.copy))[0];
  const keptAside: KeptAside[] = [];
  for (const entry of opened) {
    if (entry === putBack) continue;
    const { content, writer } = entry.copy;
    if ((draft && sameText(content, draft)) || (putBack && sameText(content, putBack.copy.content))) {
      clearRescueCopy(draftKey, writer); // e.g. the save started at unload landed after all
    } else {
      keptAside.push(await keepAside(db, draftKey, entry.copy, entry.doc));
    }
  }
  return { putBack, keptAside };
}

/**
 * Whether a copy's text may replace the draft: there is none yet; or the draft is still at the revision the text
 * was typed over; or the copy's own window saved the draft last (its copy, written after that save started, is
 * newer than the save). A copy from before copies named their revision follows the rule of its time: put back
 * when written after the draft's last save.
 */
function mayGoOver(copy: ReadRescueCopy, draft: StoredDraft | undefined): boolean {
  if (!draft) return true;
  if (copy.baseRevision === undefined) return writtenTime(copy) > Date.parse(draft.updatedAt);
  return copy.baseRevision === draft.revision || (copy.writer !== undefined && copy.writer === draft.savedBy);
}

/** When a copy was written, in milliseconds; a copy with an unreadable date counts as the oldest. */
function writtenTime(copy: ReadRescueCopy): number {
  const time = Date.parse(copy.writtenAt);
  return Number.isNaN(time) ? -Infinity : time;
}

/** Whether two texts are the same, act and worksheet alike. */
function sameText(
  a: { document: unknown; worksheet?: unknown },
  b: { document: unknown; worksheet?: unknown },
): boolean {
  return (
    JSON.stringify(a.document) === JSON.stringify(b.document) &&
    JSON.stringify(a.worksheet) === JSON.stringify(b.worksheet)
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
    clearRescueCopy(draftKey, copy.writer);
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
