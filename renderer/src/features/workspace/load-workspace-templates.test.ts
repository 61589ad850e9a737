import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partIds } from '../../domain/act/document';
import { readPackFile } from '../../domain/pack/read-pack';
import { createRichTextSanitizer } from '../../domain/pack/rich-text';
import {
  ownTemplate,
  validArchiveSource,
  validArchiveSourceV3,
  zipSource,
} from '../../domain/pack/test-pack';
import type { CaseDraftDatabase } from '../../storage/database';
import { saveDraftDocument } from '../../storage/draft-repository';
import { importPack } from '../../storage/pack-repository';
import { createTestDatabase } from '../../storage/test-database';
import { installTestLocalStorage } from '../../storage/test-local-storage';
import { loadWorkspace } from './load-workspace';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

let db: CaseDraftDatabase;
beforeEach(() => {
  // The loader looks for text rescued at the last unload, in localStorage; none here.
  installTestLocalStorage();
  db = createTestDatabase();
});
afterEach(() => db.close());

describe('loadWorkspace with a template the pack carries', () => {
  it('opens a case of a version-3 pack on the pack’s own template', async () => {
    const source = await validArchiveSourceV3();
    source.manifest.templates![0]!.parts[0]!.heading.ru = 'Вступление';
    await importPack(db, await readPackFile(zipSource(source), { sanitize }));

    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    if (loaded.kind !== 'ready') throw new Error(`not opened: ${loaded.kind}`);
    expect(loaded.template.id).toBe('tax-dispute-decision');
    expect(loaded.doc.attrs.template).toBe('tax-dispute-decision');
    expect(partIds(loaded.doc)).toEqual(ownTemplate().parts.map((part) => part.id));
    expect(loaded.doc.firstChild?.firstChild?.attrs.text).toBe('Вступление');
  });

  it('keeps a draft on the pack’s template open after an update of the pack drops that template', async () => {
    const source = await validArchiveSourceV3();
    await importPack(db, await readPackFile(zipSource(source), { sanitize }));
    const opened = await loadWorkspace(db, 'test-pack', 'case-one');
    if (opened.kind !== 'ready') throw new Error(`not opened: ${opened.kind}`);
    // What the workspace's autosave writes for a pack's own template: the template goes with the draft.
    const identity = { key: 'test-pack/case-one', packId: 'test-pack', caseId: 'case-one', packVersion: 1 };
    await saveDraftDocument(
      db,
      { ...identity, templateId: opened.template.id, template: opened.template },
      { documentJson: JSON.stringify(opened.doc.toJSON()) },
      0,
    );

    // Version 2 of the pack, in format 2: no templates of its own, its case a civil decision now.
    const update = await validArchiveSource();
    update.manifest.version = source.manifest.version + 1;
    await importPack(db, await readPackFile(zipSource(update), { sanitize }));
    expect((await db.packs.get('test-pack'))?.templates).toBeUndefined();

    const reopened = await loadWorkspace(db, 'test-pack', 'case-one');
    if (reopened.kind !== 'ready') throw new Error(`not reopened: ${reopened.kind}`);
    expect(reopened.template.id).toBe('tax-dispute-decision');
    expect(reopened.doc.eq(opened.doc)).toBe(true);
  });

  it('says which act type is unknown when the pack does not carry it', async () => {
    const source = await validArchiveSourceV3();
    await importPack(db, await readPackFile(zipSource(source), { sanitize }));
    await db.cases.update('test-pack/case-one', { actType: 'land-dispute-decision' });
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).toEqual({
      kind: 'unknownActType',
      actType: 'land-dispute-decision',
    });
  });
});
