import path from 'node:path';
import { buildPack, BuiltPackError } from './build-pack';
import { exerciseFolders } from './check-exercises';
import { displayPath, formatSourceProblem, PackSourceError } from './source-problem';

export interface BundledPack {
  id: string;
  version: number;
  bytes: Uint8Array;
}

export type BundleResult = { ok: true; packs: BundledPack[] } | { ok: false; message: string };

/**
 * Every exercise under `exercisesDir` built and checked as `npm run pack` does, for bundling into the app; the
 * keys are left out. When any exercise is broken, one message lists every broken exercise's problems. Plain
 * data in and out: the Vite plugin loads this module through Vite's module runner.
 */
export async function bundleExercises(exercisesDir: string): Promise<BundleResult> {
  const packs: BundledPack[] = [];
  const failures: string[] = [];
  for (const folder of await exerciseFolders(exercisesDir)) {
    const result = await bundleExercise(folder);
    if (result.ok) packs.push(result.pack);
    else
      failures.push(
        `${displayPath(folder)}:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`,
      );
  }
  if (!failures.length) return { ok: true, packs };
  const count = failures.length === 1 ? 'An exercise has' : `${failures.length} exercises have`;
  return {
    ok: false,
    message:
      `${count} problems, so the app cannot be built with ${failures.length === 1 ? 'it' : 'them'} ` +
      `(npm run pack:check lists them too):\n${failures.join('\n')}`,
  };
}

export async function bundleExercise(
  folder: string,
): Promise<{ ok: true; pack: BundledPack } | { ok: false; problems: string[] }> {
  try {
    const { manifest, packBytes } = await buildPack(path.resolve(folder));
    return { ok: true, pack: { id: manifest.id, version: manifest.version, bytes: packBytes } };
  } catch (error) {
    if (error instanceof PackSourceError)
      return { ok: false, problems: error.problems.map(formatSourceProblem) };
    if (error instanceof BuiltPackError) return { ok: false, problems: error.problems };
    throw error;
  }
}
