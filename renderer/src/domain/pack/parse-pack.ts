import type { z } from 'zod';
import { findActTemplate } from '../act/templates';
import { jsonErrorOffset, lineAndColumn } from '../text/json-error-position';
import { PackError, type FieldPath, type LimitUnit, type PackProblem } from './pack-error';
import { PACK_FORMAT, packV1, type PackV1 } from './pack-v1';

/** A JSON pack holds text only; anything larger is not a pack someone wrote by hand or tool. */
export const MAX_JSON_PACK_BYTES = 20 * 1024 * 1024;
const SUPPORTED_FORMAT_VERSIONS = [1];
/** A broken file can have thousands of problems; the first few are enough to fix it. */
const MAX_REPORTED_PROBLEMS = 20;

/** Reads and checks a pack file. Returns the pack or throws PackError naming every problem found. */
export function parsePackFile(bytes: Uint8Array): PackV1 {
  if (bytes.byteLength > MAX_JSON_PACK_BYTES)
    throw new PackError([{ code: 'tooLarge', maxBytes: MAX_JSON_PACK_BYTES }]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PackError([{ code: 'notText' }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    throw new PackError([{ code: 'notJson', ...(offset >= 0 ? lineAndColumn(text, offset) : {}) }]);
  }
  return parsePack(json);
}

export function parsePack(json: unknown): PackV1 {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== PACK_FORMAT) {
    throw new PackError([{ code: 'notAPack' }]);
  }
  const formatVersion = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof formatVersion !== 'number' || !SUPPORTED_FORMAT_VERSIONS.includes(formatVersion)) {
    throw new PackError([
      {
        code: 'unsupportedFormatVersion',
        found: JSON.stringify(formatVersion) ?? 'undefined',
        supported: SUPPORTED_FORMAT_VERSIONS,
      },
    ]);
  }
  const result = packV1.safeParse(json);
  if (!result.success)
    throw new PackError(
      result.error.issues.flatMap((issue) => toProblems(issue, json)).slice(0, MAX_REPORTED_PROBLEMS),
    );
  const problems = semanticProblems(result.data);
  if (problems.length) throw new PackError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  return result.data;
}

/** Rules a schema cannot state: known act types and ids unique where the app looks things up by id. */
function semanticProblems(pack: PackV1): PackProblem[] {
  const problems: PackProblem[] = [];
  problems.push(...duplicates(pack.cases, ['cases']));
  pack.cases.forEach((packCase, index) => {
    if (!findActTemplate(packCase.actType)) {
      problems.push({ code: 'unknownActType', path: ['cases', index, 'actType'], actType: packCase.actType });
    }
    problems.push(...duplicates(packCase.materials, ['cases', index, 'materials']));
    if (packCase.rubric) problems.push(...duplicates(packCase.rubric, ['cases', index, 'rubric']));
  });
  return problems;
}

function duplicates(items: { id: string }[], path: FieldPath): PackProblem[] {
  const seen = new Set<string>();
  const problems: PackProblem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ code: 'duplicateId', path: [...path, index, 'id'], id: item.id });
    seen.add(item.id);
  });
  return problems;
}

function toProblems(issue: z.core.$ZodIssue, input: unknown): PackProblem[] {
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, path) === undefined
        ? [{ code: 'missingField', path }]
        : [{ code: 'wrongType', path, expected: issue.expected }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ code: 'unknownField', path: [...path, key] }));
    case 'too_small':
      return [{ code: 'tooShort', path, min: Number(issue.minimum), unit: limitUnit(issue.origin) }];
    case 'too_big':
      return [{ code: 'tooLong', path, max: Number(issue.maximum), unit: limitUnit(issue.origin) }];
    default:
      return [{ code: 'invalidValue', path }];
  }
}

function limitUnit(origin: string): LimitUnit {
  if (origin === 'string') return 'characters';
  if (origin === 'array' || origin === 'set') return 'items';
  return 'value';
}

function valueAt(input: unknown, path: FieldPath): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
