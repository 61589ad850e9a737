import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PackError, type PackProblem } from './pack-error';
import { MAX_PACK_TEMPLATES } from './pack-v3';
import { readPackFile } from './read-pack';
import { createRichTextSanitizer } from './rich-text';
import {
  ownTemplate,
  validArchiveSource,
  validArchiveSourceV3,
  zipSource,
  type ArchiveSourceV3,
} from './test-pack';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

async function problemsOf(bytes: Uint8Array): Promise<PackProblem[]> {
  try {
    await readPackFile(bytes, { sanitize });
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
  throw new Error('the pack was accepted');
}

async function v3With(change: (source: ArchiveSourceV3) => void): Promise<Uint8Array> {
  const source = await validArchiveSourceV3();
  change(source);
  return zipSource(source);
}

describe('readPackFile: a version-3 archive', () => {
  it('reads the pack’s own templates, and a case may be drafted on one', async () => {
    const { pack } = await readPackFile(zipSource(await validArchiveSourceV3()), { sanitize });
    expect(pack.formatVersion).toBe(3);
    expect(pack.templates).toEqual([ownTemplate()]);
    expect(pack.cases[0]?.actType).toBe('tax-dispute-decision');
  });

  it('reads a version-3 pack without templates, its cases on built-in templates', async () => {
    const bytes = await v3With(({ manifest }) => {
      delete manifest.templates;
      manifest.cases[0]!.actType = 'civil-decision';
    });
    const { pack } = await readPackFile(bytes, { sanitize });
    expect(pack.templates).toBeUndefined();
  });

  it('refuses a template with a pattern that is not a small regular expression, saying where', async () => {
    const bytes = await v3With(({ manifest }) => {
      manifest.templates![0]!.parts[3]!.requisites![1]!.check = {
        kind: 'text',
        patterns: { ru: ['(?:расход+)+'], kk: ['шығын'] },
      };
    });
    expect(await problemsOf(bytes)).toEqual([
      {
        code: 'invalidPattern',
        path: ['templates', 0, 'parts', 3, 'requisites', 1, 'check', 'patterns', 'ru', 0],
      },
    ]);
  });

  it('refuses a template that takes the id of a built-in template', async () => {
    const bytes = await v3With(({ manifest }) => {
      manifest.templates = [ownTemplate('civil-decision')];
      manifest.cases[0]!.actType = 'civil-decision';
    });
    expect(await problemsOf(bytes)).toEqual([
      { code: 'builtInTemplateId', path: ['templates', 0, 'id'], id: 'civil-decision' },
    ]);
  });

  it('refuses two templates with one id, and a case naming a template the pack does not carry', async () => {
    const bytes = await v3With(({ manifest }) => {
      manifest.templates = [ownTemplate(), ownTemplate()];
      manifest.cases[0]!.actType = 'land-dispute-decision';
    });
    expect(await problemsOf(bytes)).toEqual([
      { code: 'duplicateId', path: ['templates', 1, 'id'], id: 'tax-dispute-decision' },
      { code: 'unknownActType', path: ['cases', 0, 'actType'], actType: 'land-dispute-decision' },
    ]);
  });

  it('refuses a template with two parts of one id', async () => {
    const bytes = await v3With(({ manifest }) => {
      manifest.templates![0]!.parts[1]!.id = 'introductory';
    });
    expect(await problemsOf(bytes)).toEqual([
      { code: 'duplicateId', path: ['templates', 0, 'parts', 1, 'id'], id: 'introductory' },
    ]);
  });

  it(`refuses more than ${MAX_PACK_TEMPLATES} templates`, async () => {
    const bytes = await v3With(({ manifest }) => {
      manifest.templates = Array.from({ length: MAX_PACK_TEMPLATES + 1 }, (_, i) => ownTemplate(`own-${i}`));
      manifest.cases[0]!.actType = 'own-0';
    });
    expect(await problemsOf(bytes)).toEqual([
      { code: 'tooLong', path: ['templates'], max: MAX_PACK_TEMPLATES, unit: 'items' },
    ]);
  });

  it('keeps reading version 2 as before: it has no templates field', async () => {
    const source = await validArchiveSource();
    const bytes = zipSource({
      ...source,
      manifest: { ...source.manifest, templates: [ownTemplate()] } as never,
    });
    expect(await problemsOf(bytes)).toEqual([{ code: 'unknownField', path: ['templates'] }]);
  });
});
