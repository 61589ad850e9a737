import type { FieldPath, PackProblem } from '../../renderer/src/domain/pack/pack-error';
import type { CaseSource } from './compile-case';
import type { TemplateSource } from './compile-templates';
import { problemMessage } from './describe-problem';
import type { YamlSource } from './read-yaml';
import { formatFieldPath, type SourceProblem } from './source-problem';

/** Where the manifest and key of a compiled pack came from. */
export interface PackSource {
  packFile: string;
  packYaml: YamlSource;
  /** Per case of the manifest, in its order: its index in pack.yaml's `cases`, and its files. */
  cases: (CaseSource & { listIndex: number })[];
  /** Per template of the manifest (format 3), in its order: its file. */
  templates: TemplateSource[];
}

/** A problem the manifest or key check found, as a problem in the source file the trainer wrote. */
export function sourceProblem(problem: PackProblem, checked: unknown, source: PackSource): SourceProblem {
  const path = 'path' in problem ? problem.path : [];
  const found = valueAt(checked, path);
  const place = placeOf(path, source);
  const message = problemMessage(problem, found);
  if (!place.field) {
    return {
      file: place.file,
      ...(place.line === undefined ? {} : { line: place.line }),
      message,
    };
  }
  return {
    file: place.file,
    ...(place.line === undefined ? {} : { line: place.line }),
    field: place.field,
    message: place.prefix ? `${place.prefix} ${message}` : message,
  };
}

interface Place {
  file: string;
  line?: number;
  field?: string;
  /** Says what the field is when it is not literally in the file (an id taken from a file name). */
  prefix?: string;
}

function placeOf(path: FieldPath, source: PackSource): Place {
  const inPack = (fieldPath: FieldPath): Place => at(source.packFile, source.packYaml, fieldPath);
  if (path[0] === 'templates' && typeof path[1] === 'number')
    return inTemplate(path.slice(2), source.templates[path[1]]);
  if (path[0] !== 'cases' || typeof path[1] !== 'number') {
    // The key names the pack's id and version as packId and packVersion.
    if (path[0] === 'packId') return inPack(['id']);
    if (path[0] === 'packVersion') return inPack(['version']);
    return inPack(path);
  }
  const packCase = source.cases[path[1]];
  if (!packCase) return inPack(path);
  const rest = path.slice(2);
  const [field, index, subfield] = rest;
  if (rest.length === 0 || field === 'id' || field === 'caseId') return inPack(['cases', packCase.listIndex]);
  if (field === 'modelAnswer') return { file: packCase.keyFile };
  if (field === 'gradingNotes') return { file: packCase.gradingNotesFile };
  if (field === 'materials' && typeof index === 'number' && subfield !== undefined && subfield !== 'title') {
    if (subfield === 'id' && packCase.materialIdGiven[index])
      return at(packCase.caseFile, packCase.caseYaml, rest);
    return {
      ...at(packCase.caseFile, packCase.caseYaml, ['materials', index, 'file']),
      ...(subfield === 'id' ? { prefix: "the material's id is taken from the file name, and it" } : {}),
    };
  }
  return at(packCase.caseFile, packCase.caseYaml, rest);
}

/** A field of a template file; its id, unless the file gives it, is the file's name. */
function inTemplate(rest: FieldPath, template: TemplateSource | undefined): Place {
  if (!template) return { file: 'templates' };
  if (rest.length === 1 && rest[0] === 'id' && !template.idGiven)
    return {
      file: template.file,
      field: 'id',
      prefix: "the template's id is taken from the file name, and it",
    };
  return at(template.file, template.yaml, rest);
}

function at(file: string, yaml: YamlSource | undefined, fieldPath: FieldPath): Place {
  const line = yaml?.lineOf(fieldPath);
  return {
    file,
    ...(line === undefined ? {} : { line }),
    ...(fieldPath.length ? { field: formatFieldPath(fieldPath) } : {}),
  };
}

function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
