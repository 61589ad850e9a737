import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackV2 } from '../../renderer/src/domain/pack/pack-v2';
import type { PackV3 } from '../../renderer/src/domain/pack/pack-v3';
import { writeKeyFile } from '../../renderer/src/domain/pack/write-key';
import { writePackArchive } from '../../renderer/src/domain/pack/write-pack';
import { compileExercise } from './compile-exercise';
import type { SourceProblem } from './source-problem';
import { verifyBuiltPack } from './verify-pack';

/** A pack built into bytes: the archive for trainees, the key for trainers. */
export interface BuiltPack {
  manifest: PackV2 | PackV3;
  packBytes: Uint8Array;
  keyBytes: Uint8Array;
  /** `<id>-v<version>`: the name of both files, without the extension. */
  baseName: string;
  warnings: SourceProblem[];
}

/** The importer refused a pack the compiler built: a defect of the build tool, or a limit the source went over. */
export class BuiltPackError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'BuiltPackError';
  }
}

/**
 * Compiles a source folder and checks the result in memory as the app will: the archive with `readPackFile`,
 * the key with `readKeyFile`. Throws PackSourceError for mistakes in the source, BuiltPackError when the
 * check fails.
 */
export async function buildPack(sourceDir: string): Promise<BuiltPack> {
  const built = await compileToBytes(sourceDir);
  await verify(built.packBytes, built.keyBytes, `${built.baseName}.cdpack`, `${built.baseName}.cdkey`);
  return built;
}

export interface WrittenPack extends BuiltPack {
  packFile: string;
  keyFile: string;
}

/**
 * `npm run pack`: builds, writes `<outDir>/<id>-v<version>.cdpack` and `.cdkey`, then reads the written files
 * back through the importer's check, so what is on disk is exactly what was checked. Files that fail the check
 * are deleted rather than left to be handed out.
 */
export async function buildPackFiles(sourceDir: string, outDir: string): Promise<WrittenPack> {
  const built = await compileToBytes(sourceDir);
  await mkdir(outDir, { recursive: true });
  const packFile = path.join(outDir, `${built.baseName}.cdpack`);
  const keyFile = path.join(outDir, `${built.baseName}.cdkey`);
  await writeFile(packFile, built.packBytes);
  await writeFile(keyFile, built.keyBytes);
  try {
    await verify(
      new Uint8Array(await readFile(packFile)),
      new Uint8Array(await readFile(keyFile)),
      packFile,
      keyFile,
    );
  } catch (error) {
    await rm(packFile, { force: true });
    await rm(keyFile, { force: true });
    throw error;
  }
  return { ...built, packFile, keyFile };
}

async function compileToBytes(sourceDir: string): Promise<BuiltPack> {
  const { manifest, files, key, warnings } = await compileExercise(sourceDir);
  return {
    manifest,
    packBytes: writePackArchive(manifest, files),
    keyBytes: writeKeyFile(key),
    baseName: `${manifest.id}-v${manifest.version}`,
    warnings,
  };
}

async function verify(packBytes: Uint8Array, keyBytes: Uint8Array, pack: string, key: string): Promise<void> {
  const verified = await verifyBuiltPack(packBytes, keyBytes, { pack, key });
  if (!verified.ok) throw new BuiltPackError(verified.problems);
}
