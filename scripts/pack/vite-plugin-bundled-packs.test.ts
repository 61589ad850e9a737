import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPackFile } from '../../renderer/src/domain/pack/read-pack';
import { nodeSanitizer } from './node-sanitizer';
import { copyFixture, edit, scratchFolder } from './test-fixture';
import { bundledPacks } from './vite-plugin-bundled-packs';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeEach(async () => {
  scratch = await scratchFolder();
});
afterEach(() => scratch.done());

/** Builds a one-module app that imports `virtual:bundled-packs`, with the exercises of `exercisesDir`. */
async function buildApp(exercisesDir: string): Promise<string> {
  const root = path.join(scratch.dir, 'app');
  const outDir = path.join(scratch.dir, 'dist');
  await mkdir(root, { recursive: true });
  await writeFile(
    path.join(root, 'index.html'),
    '<!doctype html><script type="module" src="./main.js"></script>',
  );
  await writeFile(
    path.join(root, 'main.js'),
    "import packs from 'virtual:bundled-packs';\nconsole.log(packs);\n",
  );
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    plugins: [bundledPacks({ exercisesDir })],
    build: { outDir, emptyOutDir: true, minify: false },
  });
  return outDir;
}

describe('virtual:bundled-packs', () => {
  it(
    'builds every exercise into packs/<id>.cdpack and lists them, without keys',
    { timeout: 60_000 },
    async () => {
      const exercises = path.join(scratch.dir, 'exercises');
      await copyFixture(exercises);
      const outDir = await buildApp(exercises);
      expect(await readdir(path.join(outDir, 'packs'))).toEqual(['sample-pack.cdpack']);
      const [script] = await readdir(path.join(outDir, 'assets'));
      const code = await readFile(path.join(outDir, 'assets', script!), 'utf8');
      expect(code).toMatch(
        /id: "sample-pack",\s*version: 3,\s*url: new URL\("\.\.\/packs\/sample-pack\.cdpack", import\.meta\.url\)\.href/,
      );
      const all = (await readdir(outDir, { recursive: true })).join('\n');
      expect(all).not.toContain('.cdkey');
      const bytes = new Uint8Array(await readFile(path.join(outDir, 'packs', 'sample-pack.cdpack')));
      const { pack } = await readPackFile(bytes, { sanitize: nodeSanitizer() });
      expect(pack.id).toBe('sample-pack');
    },
  );

  it(
    'fails the build with the trainer-facing message when an exercise is broken',
    { timeout: 60_000 },
    async () => {
      const exercises = path.join(scratch.dir, 'exercises');
      const pack = await copyFixture(exercises);
      await edit(
        path.join(pack, 'loan-case', 'case.yaml'),
        'actType: civil-decision',
        'actType: civil-verdict',
      );
      const error = await buildApp(exercises).then(
        () => undefined,
        (thrown: unknown) => thrown as Rollup.RollupError,
      );
      expect(error?.message).toMatch(/An exercise has problems, so the app cannot be built with it/);
      expect(error?.message).toMatch(/case\.yaml, line 3: actType: "civil-verdict" is not an act template/);
    },
  );
});
