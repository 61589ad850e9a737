import path from 'node:path';
import { buildPack, BuiltPackError } from './build-pack';
import { checkCalendar } from './calendar/check-calendar';
import { isFolder, namesIn } from './source-files';
import { displayPath, formatSourceProblem, PackSourceError } from './source-problem';

export interface PackCheck {
  /** The source folder, as shown. */
  folder: string;
  ok: boolean;
  /** One line: `ok  civil-loan-karaganda v2: 1 case, 5 materials` or `errors  …: 3 problems`. */
  summary: string;
  problems: string[];
  /** Probable mistakes: files nothing uses; a hearing, dismissal or act of a body dated on a day off. */
  warnings: string[];
  /** What could not be checked: dates that should be working days but lie outside the calendar's years. */
  notes: string[];
}

/** Every folder directly under `exercisesDir`, hidden ones aside: each is a pack's source. */
export async function exerciseFolders(exercisesDir: string): Promise<string[]> {
  const folders: string[] = [];
  for (const name of (await namesIn(exercisesDir)).sort()) {
    if (!name.startsWith('.') && (await isFolder(path.join(exercisesDir, name)))) {
      folders.push(path.join(exercisesDir, name));
    }
  }
  return folders;
}

/** `npm run pack:check`: builds every exercise in memory and checks each pack and key as the app would. */
export async function checkExercises(exercisesDir: string): Promise<PackCheck[]> {
  const checks: PackCheck[] = [];
  for (const folder of await exerciseFolders(exercisesDir)) checks.push(await checkExercise(folder));
  return checks;
}

export async function checkExercise(folder: string): Promise<PackCheck> {
  const shown = displayPath(folder);
  const calendar = await checkCalendar(folder);
  const notes = calendar.notes.map(formatSourceProblem);
  try {
    const { manifest, warnings, packBytes } = await buildPack(folder);
    const materials = manifest.cases.reduce((sum, packCase) => sum + packCase.materials.length, 0);
    const attachments = manifest.cases
      .flatMap((packCase) => packCase.materials)
      .filter((material) => material.mediaType !== 'text/html').length;
    return {
      folder: shown,
      ok: true,
      summary:
        `${manifest.id} v${manifest.version}: ${plural(manifest.cases.length, 'case')}, ` +
        `${plural(materials, 'material')} (${plural(attachments, 'attachment')}), ${kilobytes(packBytes.byteLength)}`,
      problems: [],
      warnings: [...warnings, ...calendar.warnings].map(formatSourceProblem),
      notes,
    };
  } catch (error) {
    const problems = authorProblems(error) ?? [
      `the build failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    ];
    return {
      folder: shown,
      ok: false,
      summary: `${shown}: ${plural(problems.length, 'problem')}`,
      problems,
      warnings: calendar.warnings.map(formatSourceProblem),
      notes,
    };
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function kilobytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The lines a trainer reads for a mistake in their source or in the built pack; undefined for anything else. */
export function authorProblems(error: unknown): string[] | undefined {
  if (error instanceof PackSourceError) return error.problems.map(formatSourceProblem);
  if (error instanceof BuiltPackError) return error.problems;
  return undefined;
}
