import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The source folder of test/fixtures/pack-source/sample-pack: one case, a Markdown material and a PDF. */
export const FIXTURE = fileURLToPath(new URL('../../test/fixtures/pack-source/sample-pack', import.meta.url));

/** A scratch folder for one test; `done()` removes it. */
export async function scratchFolder(): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'casedraft-pack-'));
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}

/** A copy of the fixture, as `<parent>/sample-pack`, for a test to break. */
export async function copyFixture(parent: string): Promise<string> {
  const dir = path.join(parent, 'sample-pack');
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in a file of a copied fixture; fails when `from` is not there. */
export async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${String(from)} is not in ${file}`);
  await writeFile(file, edited);
}
