import type { PackKeyV1 } from '../../renderer/src/domain/pack/key-v1';
import type { ReadPack } from '../../renderer/src/domain/pack/pack';
import { PackError } from '../../renderer/src/domain/pack/pack-error';
import { readKeyFile } from '../../renderer/src/domain/pack/read-key';
import { readPackFile } from '../../renderer/src/domain/pack/read-pack';
import { describePackProblem } from './describe-problem';
import { nodeSanitizer } from './node-sanitizer';

export type VerifiedPack = { ok: true; pack: ReadPack; key: PackKeyV1 } | { ok: false; problems: string[] };

/**
 * Reads a built pack with the importer's own check (`readPackFile`, the app's sanitiser on jsdom) and its key
 * with `readKeyFile`, and checks that the key is the key of that pack: same id and version, an answer for
 * every case and for nothing else. Problems are plain English lines, each saying which file.
 */
export async function verifyBuiltPack(
  packBytes: Uint8Array,
  keyBytes: Uint8Array,
  names: { pack: string; key: string },
): Promise<VerifiedPack> {
  const sanitize = nodeSanitizer();
  const problems: string[] = [];
  let pack: ReadPack | undefined;
  let key: PackKeyV1 | undefined;
  try {
    pack = await readPackFile(packBytes, { sanitize });
  } catch (error) {
    problems.push(...describe(error, names.pack));
  }
  try {
    key = readKeyFile(keyBytes, { sanitize, fileName: names.key });
  } catch (error) {
    problems.push(...describe(error, names.key));
  }
  if (pack && key) problems.push(...keyMismatches(pack, key, names.key));
  return pack && key && !problems.length ? { ok: true, pack, key } : { ok: false, problems };
}

function describe(error: unknown, file: string): string[] {
  if (!(error instanceof PackError)) throw error;
  return error.problems.map((problem) => `${file}: ${describePackProblem(problem)}`);
}

function keyMismatches({ pack }: ReadPack, key: PackKeyV1, file: string): string[] {
  const problems: string[] = [];
  if (key.packId !== pack.id || key.packVersion !== pack.version) {
    problems.push(
      `${file}: is the key of ${key.packId} version ${key.packVersion}, not of ${pack.id} version ${pack.version}.`,
    );
  }
  const keyed = key.cases.map((keyCase) => keyCase.caseId);
  for (const packCase of pack.cases) {
    if (!keyed.includes(packCase.id)) problems.push(`${file}: has no model answer for case ${packCase.id}.`);
  }
  for (const caseId of keyed) {
    if (!pack.cases.some((packCase) => packCase.id === caseId)) {
      problems.push(`${file}: has an answer for case ${caseId}, which the pack does not have.`);
    }
  }
  return problems;
}
