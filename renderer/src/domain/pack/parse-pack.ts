import type { z } from 'zod';
import { findActTemplate, isBuiltInTemplateId } from '../act/templates';
import { excerptOfJson } from '../text/excerpt';
import { jsonErrorOffset, lineAndColumn } from '../text/json-error-position';
import { PackError, type FieldPath, type LimitUnit, type PackProblem } from './pack-error';
import { KEY_FORMAT } from './key-v1';
import { PACK_FORMAT } from './pack-fields';
import { packV1, type PackV1 } from './pack-v1';

/** A JSON pack holds text only; anything larger is not a pack someone wrote by hand or tool. */
export const MAX_JSON_PACK_BYTES = 20 * 1024 * 1024;
/** A broken file can have thousands of problems; the first few are enough to fix it. */
export const MAX_REPORTED_PROBLEMS = 20;

/** Reads and checks a version-1 (JSON) pack file. Returns the pack or throws PackError naming every problem. */
export function parsePackFile(bytes: Uint8Array): PackV1 {
  if (bytes.byteLength > MAX_JSON_PACK_BYTES)
    throw new PackError([{ code: 'tooLarge', maxBytes: MAX_JSON_PACK_BYTES }]);
  return parsePack(parseJsonBytes(bytes));
}

/** UTF-8 JSON to a value, or PackError: `notText` for other encodings, `notJson` with where the parser stopped. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PackError([{ code: 'notText' }]);
  }
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    throw new PackError([{ code: 'notJson', ...(offset >= 0 ? lineAndColumn(text, offset) : {}) }]);
  }
}

export function parsePack(json: unknown): PackV1 {
  checkFormatVersion(json, 1);
  return validate(packV1, json);
}

/**
 * Refuses anything that is not a pack of one of the given format versions, before its fields are looked at.
 * Returns the version found.
 */
export function checkFormatVersion(json: unknown, supported: number | readonly number[]): number {
  const format =
    typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format === KEY_FORMAT) throw new PackError([{ code: 'keyNotPack' }]);
  if (format !== PACK_FORMAT) throw new PackError([{ code: 'notAPack' }]);
  const formatVersion = (json as { formatVersion?: unknown }).formatVersion;
  const versions: readonly unknown[] = typeof supported === 'number' ? [supported] : supported;
  if (!versions.includes(formatVersion)) {
    throw new PackError([
      {
        code: 'unsupportedFormatVersion',
        found: excerptOfJson(formatVersion),
        supported: SUPPORTED_PACK_FORMAT_VERSIONS,
      },
    ]);
  }
  return formatVersion as number;
}

/** Every pack format version this app reads. */
export const SUPPORTED_PACK_FORMAT_VERSIONS = [1, 2, 3, 4];

/** Checks a manifest against its version's schema and the rules a schema cannot state. */
export function validate<Schema extends z.ZodType<PackManifestShape>>(
  schema: Schema,
  json: unknown,
): z.infer<Schema> {
  const result = schema.safeParse(json);
  if (!result.success)
    throw new PackError(
      result.error.issues.flatMap((issue) => toProblems(issue, json)).slice(0, MAX_REPORTED_PROBLEMS),
    );
  const problems = semanticProblems(result.data);
  if (problems.length) throw new PackError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  return result.data;
}

/** What every version's manifest has that the semantic checks look at. */
interface PackManifestShape {
  cases: { id: string; actType: string; materials: { id: string }[]; rubric?: { id: string }[] }[];
  /** A version-3 pack's own act templates. */
  templates?: { id: string }[];
}

/**
 * Rules a schema cannot state: known act types (built in, or the pack's own templates), own templates that do
 * not take a built-in template's id, and ids unique where the app looks things up by id.
 */
function semanticProblems(pack: PackManifestShape): PackProblem[] {
  const problems: PackProblem[] = [];
  const templates = pack.templates ?? [];
  problems.push(...duplicates(templates, ['templates']));
  templates.forEach((template, index) => {
    if (isBuiltInTemplateId(template.id)) {
      problems.push({ code: 'builtInTemplateId', path: ['templates', index, 'id'], id: template.id });
    }
  });
  const ownTemplates = new Set(templates.map((template) => template.id));
  problems.push(...duplicates(pack.cases, ['cases']));
  pack.cases.forEach((packCase, index) => {
    if (!findActTemplate(packCase.actType) && !ownTemplates.has(packCase.actType)) {
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

/** One schema issue as the problems the UI words; shared with other formats checked the same way (keys). */
export function toProblems(issue: z.core.$ZodIssue, input: unknown): PackProblem[] {
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, path) === undefined
        ? [{ code: 'missingField', path }]
        : [{ code: 'wrongType', path, expected: issue.expected }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ code: 'unknownField', path: [...path, key] }));
    case 'too_small':
      return [{ code: 'tooShort', path, min: inclusiveBound(issue, +1), unit: limitUnit(issue.origin) }];
    case 'too_big':
      return [{ code: 'tooLong', path, max: inclusiveBound(issue, -1), unit: limitUnit(issue.origin) }];
    case 'custom':
      return [customProblem(path, issue.params)];
    default:
      // An enum or literal field left out is reported by zod as a value not allowed: it is missing.
      return valueAt(input, path) === undefined
        ? [{ code: 'missingField', path }]
        : [{ code: 'invalidValue', path }];
  }
}

/** A rule a validator states in code (template-schema.ts), named by its `params.reason`. */
function customProblem(path: FieldPath, params: Record<string, unknown> | undefined): PackProblem {
  switch (params?.reason) {
    case 'duplicateId':
      return { code: 'duplicateId', path, id: String(params.id) };
    case 'invalidPattern':
      return { code: 'invalidPattern', path };
    case 'noJudgmentBody':
      return { code: 'templateWithoutBody', path };
    default:
      return { code: 'invalidValue', path };
  }
}

/**
 * The limit as the smallest or largest value allowed: zod states `positive()` as "greater than 0". Every number
 * in a pack is a whole number, so the bound moves by one.
 */
function inclusiveBound(
  issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin: string },
  step: 1 | -1,
): number {
  const bound = Number(step > 0 ? issue.minimum : issue.maximum);
  return issue.inclusive === false && issue.origin === 'number' ? bound + step : bound;
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
