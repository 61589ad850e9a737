import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPack } from './build-pack';
import { compileExercise } from './compile-exercise';
import { formatSourceProblem, PackSourceError } from './source-problem';
import { copyFixture, edit, scratchFolder } from './test-fixture';

/** The example template of docs/authoring.md, "A template of your own": the guide's example must build. */
async function guideExample(): Promise<string> {
  const guide = await readFile(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
  const example = /```yaml\n(# The file's name is the template's id[^`]*)```/.exec(guide)?.[1];
  if (!example) throw new Error('docs/authoring.md has no example template');
  return example;
}

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let pack: string;
const templateFile = (): string => path.join(pack, 'templates', 'securing-claim-ruling.yaml');

beforeEach(async () => {
  scratch = await scratchFolder();
  pack = await copyFixture(scratch.dir);
  await mkdir(path.join(pack, 'templates'));
  await writeFile(templateFile(), await guideExample());
  await edit(
    path.join(pack, 'loan-case', 'case.yaml'),
    'actType: civil-decision',
    'actType: securing-claim-ruling',
  );
});
afterEach(() => scratch.done());

async function mistakes(): Promise<string[]> {
  try {
    await compileExercise(pack);
  } catch (error) {
    if (!(error instanceof PackSourceError)) throw error;
    return error.problems.map((problem) => formatSourceProblem(problem).replaceAll(pack, '<pack>'));
  }
  throw new Error('the pack compiled');
}

describe('a pack source with templates of its own', () => {
  it('builds a format-3 pack that the importer reads, its case on the pack’s template', async () => {
    await writeFile(path.join(pack, 'templates', 'notes.txt'), 'черновик');
    const { manifest, warnings } = await buildPack(pack);
    expect(warnings.map((warning) => formatSourceProblem(warning).replaceAll(pack, '<pack>'))).toEqual([
      "<pack>/templates/notes.txt is not used: the build reads the templates folder's .yaml files, one template each.",
    ]);
    expect(manifest.formatVersion).toBe(3);
    expect('templates' in manifest && manifest.templates?.map((template) => template.id)).toEqual([
      'securing-claim-ruling',
    ]);
    expect(manifest.cases[0]?.actType).toBe('securing-claim-ruling');
  });

  it('says so when a template file holds no template', async () => {
    await writeFile(templateFile(), '');
    expect(await mistakes()).toEqual([
      '<pack>/templates/securing-claim-ruling.yaml must be a template: fields such as "title:", "reference:" and "parts:", one per line.',
    ]);
  });

  it('names the template file and line of a pattern that is not a small regular expression', async () => {
    await edit(
      templateFile(),
      'patterns: { ru: [обжал, жалоб], kk: [шағым] }',
      "patterns: { ru: ['(обжал|жалоб)+'], kk: [шағым] }",
    );
    expect(await mistakes()).toEqual([
      expect.stringMatching(
        /^<pack>\/templates\/securing-claim-ruling\.yaml, line 48: parts\[2\]\.requisites\[0\]\.check\.patterns\.ru\[0\]: is not a small regular expression \(the text "\(обжал\|жалоб\)\+"\)/,
      ),
    ]);
  });

  it('refuses a template named like a built-in one, and an id other than the file name', async () => {
    await writeFile(path.join(pack, 'templates', 'civil-decision.yaml'), await guideExample());
    await edit(templateFile(), 'title:', 'id: other-ruling\ntitle:');
    expect(await mistakes()).toEqual([
      '<pack>/templates/civil-decision.yaml: id: the template\'s id is taken from the file name, and it is "civil-decision", the id of a template CaseDraft ships: give the pack\'s own template another id.',
      '<pack>/templates/securing-claim-ruling.yaml, line 2: id: is "other-ruling", but the file is securing-claim-ruling.yaml: the id must be the file\'s name.',
    ]);
  });
});
