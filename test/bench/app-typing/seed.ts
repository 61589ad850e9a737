import { CaseDraftDatabase } from '../../../renderer/src/storage/database';
import { findDraft, saveDraftDocument } from '../../../renderer/src/storage/draft-repository';
import { resolveActTemplate } from '../../../renderer/src/storage/pack-repository';
import { caseKey } from '../../../renderer/src/storage/records';
import { clearRescueCopy, readRescueCopies } from '../../../renderer/src/storage/unload-rescue';
import { ACT_100_PAGES, ACT_1_PAGE, generateAct } from '../editor/generate-act';
import type { ActSize, AppDraftSeed, SeededAct } from './protocol';

const SHAPES = { '100p': ACT_100_PAGES, '1p': ACT_1_PAGE } as const;

/**
 * Through the app's own storage code, as the app's autosave would write it: the draft keeps its identity and
 * template, and its revision moves on, so the app opens the act as a trainee's saved work. No app window may be
 * open meanwhile (it would take the new revision for another window's save).
 */
async function seed(packId: string, caseId: string, size: ActSize): Promise<SeededAct> {
  const db = new CaseDraftDatabase();
  try {
    const key = caseKey(packId, caseId);
    const draft = await findDraft(db, key);
    if (!draft) throw new Error(`The case ${key} has no saved draft yet: type in it in the app first.`);
    const template = draft.template ?? (await resolveActTemplate(db, packId, draft.templateId));
    if (!template) throw new Error(`The act template ${draft.templateId} is not known.`);
    const act = generateAct(template, SHAPES[size]);
    const { packVersion, templateId, worksheet } = draft;
    const identity = { key, packId, caseId, packVersion, templateId, ...(draft.template && { template }) };
    const documentJson = JSON.stringify(act.toJSON());
    await saveDraftDocument(db, identity, { documentJson, ...(worksheet && { worksheet }) }, draft.revision);
    for (const copy of readRescueCopies(key)) clearRescueCopy(key, copy.writer);
    return { chars: act.textContent.length, jsonBytes: documentJson.length };
  } finally {
    db.close();
  }
}

const draftSeed: AppDraftSeed = { seed };
window.appDraftSeed = draftSeed;
