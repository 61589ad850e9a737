import path from 'node:path';

/** One mistake in a pack's source folder, said so that a trainer who is not a programmer can find and fix it. */
export interface SourceProblem {
  /** The file, as the trainer would type it: relative to the current folder when inside it. */
  file: string;
  line?: number;
  /** The field inside the file, as `materials[2].file` (lists count from 0). */
  field?: string;
  message: string;
}

/** A source folder that cannot be built; `message` lists every problem, one per line. */
export class PackSourceError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(problems.map(formatSourceProblem).join('\n'));
    this.name = 'PackSourceError';
  }
}

/**
 * `exercises/p/c/case.yaml, line 12: legislation[2].article: must be …`, or for the file as a whole
 * `exercises/p/c/key.md is missing. …`.
 */
export function formatSourceProblem(problem: SourceProblem): string {
  if (problem.field === undefined && problem.line === undefined && /^[a-z]/.test(problem.message)) {
    return `${problem.file} ${problem.message}`;
  }
  const where = problem.line === undefined ? problem.file : `${problem.file}, line ${problem.line}`;
  return `${where}: ${problem.field === undefined ? '' : `${problem.field}: `}${problem.message}`;
}

/** A path as people type it: relative to the current folder when inside it, with `/` on every system. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  const shown =
    relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/** `['materials', 2, 'file']` → `materials[2].file`. */
export function formatFieldPath(fieldPath: readonly (string | number)[]): string {
  return fieldPath
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
