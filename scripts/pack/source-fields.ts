import { formatFieldPath, type SourceProblem } from './source-problem';

/** The fields of pack.yaml, in the order the manifest lists them. */
export const PACK_FIELDS = ['id', 'version', 'title', 'language', 'authors', 'date', 'description', 'cases'];
/** The fields of case.yaml, in the order the manifest lists them (`id` is optional: the folder name is the id). */
export const CASE_FIELDS = [
  'id',
  'title',
  'branch',
  'branchTitle',
  'actType',
  'language',
  'instructions',
  'timeLimitMinutes',
  'materials',
  'legislation',
  'rubric',
];
export const MATERIAL_FIELDS = ['id', 'title', 'file'];

/** Fields the build tool writes itself: a trainer who copies them from a built manifest is told so. */
const WRITTEN_BY_THE_TOOL = new Set(['format', 'formatVersion', 'mediaType', 'sha256']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem for each field not in `allowed`, suggesting the field the trainer probably meant. */
export function unknownFieldProblems(
  value: Record<string, unknown>,
  allowed: readonly string[],
  where: {
    file: string;
    lineOf: (field: (string | number)[]) => number | undefined;
    path: (string | number)[];
  },
  fileName: string,
): SourceProblem[] {
  return Object.keys(value)
    .filter((field) => !allowed.includes(field))
    .map((field) => {
      const fieldPath = [...where.path, field];
      const line = where.lineOf(fieldPath);
      const suggestion = closest(field, allowed);
      const message = WRITTEN_BY_THE_TOOL.has(field)
        ? 'is written by the build tool, not by you: delete this line.'
        : `is not a field of ${fileName}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} ` +
          `The fields are: ${allowed.join(', ')}.`;
      return {
        file: where.file,
        ...(line === undefined ? {} : { line }),
        field: formatFieldPath(fieldPath),
        message,
      };
    });
}

/** The allowed name nearest to a misspelt one: same letters in other capitals, or at most two edits away. */
function closest(field: string, allowed: readonly string[]): string | undefined {
  const lower = field.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of allowed) {
    const distance = name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
