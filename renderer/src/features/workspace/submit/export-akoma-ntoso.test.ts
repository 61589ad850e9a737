import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../app/services';
import { createActDocument } from '../../../domain/act/document';
import { criminalVerdictGuilty } from '../../../domain/act/templates/criminal-verdict-guilty';
import type { Platform } from '../../../platform';
import type { CaseDraftDatabase } from '../../../storage/database';
import type { CaseRecord } from '../../../storage/records';
import { writeSetting } from '../../../storage/settings-repository';
import { createTestDatabase } from '../../../storage/test-database';
import { exportAkomaNtoso } from './export-akoma-ntoso';

const caseRecord: CaseRecord = {
  key: 'pack-one/theft',
  packId: 'pack-one',
  id: 'theft',
  packVersion: 1,
  order: 0,
  title: 'Дело о краже',
  branch: 'criminal',
  actType: 'criminal-verdict-guilty',
  language: 'kk',
  instructions: 'Үкім жобасын жазыңыз.',
  materials: [],
  legislation: [],
  rubric: [],
};

let db: CaseDraftDatabase;
let saved: Parameters<Platform['saveFile']>[0][];

function services(): AppServices {
  const platform = {
    saveFile: async (request) => {
      saved.push(request);
      return { saved: true, name: request.suggestedName };
    },
  } as Partial<Platform> as Platform;
  return { db, platform, appInfo: { name: 'CaseDraft', version: '9.9.9', locale: 'kk', platform: 'web' } };
}

beforeEach(() => {
  db = createTestDatabase();
  saved = [];
});
afterEach(() => db.close());

describe('exportAkomaNtoso', () => {
  it('saves the act as an XML judgment named after the case, by the trainee, dated today', async () => {
    await writeSetting(db, 'participantName', 'Асель Нұрланова');
    const result = await exportAkomaNtoso(services(), {
      caseRecord,
      template: criminalVerdictGuilty,
      doc: createActDocument(criminalVerdictGuilty, 'kk'),
      dialog: { title: 'Save', filterName: 'Akoma Ntoso XML' },
      now: new Date(2026, 10, 22, 23, 30),
    });
    expect(result).toEqual({ saved: true, name: 'theft.akn.xml' });
    expect(saved[0]?.filters).toEqual([{ name: 'Akoma Ntoso XML', extensions: ['xml'] }]);
    const xml = new TextDecoder().decode(saved[0]?.bytes);
    expect(xml).toContain('<judgment name="criminal-verdict-guilty">');
    expect(xml).toContain('<FRBRdate date="2026-11-22" name="export"/>');
    expect(xml).toContain('showAs="Асель Нұрланова"');
    expect(xml).toContain('showAs="CaseDraft 9.9.9"');
    expect(xml).toContain('<p>ҮКІМ</p>');
  });
});
