import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml, type YamlSource } from './read-yaml';
import { isFolder, namesIn } from './source-files';
import { isRecord } from './source-fields';
import { displayPath, type SourceProblem } from './source-problem';

/**
 * The folder of a pack source that holds the pack's own act templates, one YAML file each
 * (`templates/<template-id>.yaml`; docs/authoring.md, "A template of your own"). A pack with templates is built as
 * format 3, one without as format 2.
 */
export const TEMPLATES_FOLDER = 'templates';

/** Where a template of the manifest came from, for messages that name the file and line. */
export interface TemplateSource {
  file: string;
  yaml: YamlSource;
  /** The file gives the id itself, rather than leaving it to the file name. */
  idGiven: boolean;
}

export interface CompiledTemplates {
  /** Each template as written, its id filled in from the file name; checked with the manifest. */
  templates: Record<string, unknown>[];
  /** In the order of `templates`. */
  sources: TemplateSource[];
  problems: SourceProblem[];
  warnings: SourceProblem[];
  /** Ids (file names) of template files that could not be read: a case naming one is not reported again. */
  unreadable: string[];
}

/** Reads `templates/*.yaml` of a pack source folder, in file-name order; none when there is no such folder. */
export async function compileTemplates(packDir: string): Promise<CompiledTemplates> {
  const compiled: CompiledTemplates = {
    templates: [],
    sources: [],
    problems: [],
    warnings: [],
    unreadable: [],
  };
  const dir = path.join(packDir, TEMPLATES_FOLDER);
  if (!(await isFolder(dir))) return compiled;
  const names = (await namesIn(dir)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const file = displayPath(path.join(dir, name));
    if (!name.endsWith('.yaml')) {
      compiled.warnings.push({
        file,
        message: `is not used: the build reads the ${TEMPLATES_FOLDER} folder's .yaml files, one template each.`,
      });
      continue;
    }
    const fileId = name.slice(0, -'.yaml'.length);
    const parsed = parseYaml(await readFile(path.join(dir, name), 'utf8'), file);
    if (!parsed.ok) {
      compiled.problems.push(...parsed.problems);
      compiled.unreadable.push(fileId);
      continue;
    }
    const { value } = parsed.source;
    if (!isRecord(value)) {
      compiled.unreadable.push(fileId);
      compiled.problems.push({
        file,
        message: 'must be a template: fields such as "title:", "reference:" and "parts:", one per line.',
      });
      continue;
    }
    if (value.id !== undefined && value.id !== fileId) {
      const line = parsed.source.lineOf(['id']);
      compiled.problems.push({
        file,
        ...(line === undefined ? {} : { line }),
        field: 'id',
        message: `is "${String(value.id)}", but the file is ${name}: the id must be the file's name.`,
      });
    }
    // Checked under the file's name either way, so that cases naming it are not reported as well.
    compiled.templates.push({ ...value, id: fileId });
    compiled.sources.push({ file, yaml: parsed.source, idGiven: value.id !== undefined });
  }
  if (!names.length) {
    compiled.warnings.push({
      file: displayPath(dir),
      message: 'holds no templates, so the pack is built without templates of its own.',
    });
  }
  return compiled;
}
