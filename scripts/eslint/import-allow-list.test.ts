import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The repository's own ESLint config, so these tests prove the rule is wired up as `npx eslint .` runs it. */
const repository = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: repository });

// Loading the config, its plugins and the TypeScript parser is the slow part, once; on a busy machine it outlasts
// a test's time limit.
beforeAll(() => eslint.lintText('', { filePath: path.join(repository, 'renderer/src/ui/x.ts') }), 120_000);

/** The allow-list's complaints about `code` placed at `file` (the file need not exist). */
async function allowListErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repository, file) });
  return result!.messages.filter((m) => m.ruleId === 'casedraft/import-allow-list').map((m) => m.message);
}

interface AllowList {
  root: string;
  folders: Record<string, string[]>;
  tests?: Record<string, string[]>;
}

/** The allow-list ESLint applies to `file`, as eslint.config.js hands it to the rule. */
async function allowListFor(file: string): Promise<AllowList> {
  const config = (await eslint.calculateConfigForFile(path.join(repository, file))) as {
    rules: Record<string, [unknown, AllowList]>;
  };
  return config.rules['casedraft/import-allow-list']![1];
}

describe('the import allow-list refuses', () => {
  it.each([
    [
      'a screen importing another screen',
      'renderer/src/features/library/x.ts',
      "import '../workspace/Workspace';",
    ],
    [
      'a job folder of a screen importing another screen',
      'renderer/src/features/workspace/history/x.ts',
      "import '../../settings/SettingsScreen';",
    ],
    [
      "a screen's sheet imported by another screen",
      'renderer/src/features/settings/x.tsx',
      "import '../library/library.css';",
    ],
    [
      'a shared panel importing a screen',
      'renderer/src/features/act-panels/x.tsx',
      "import '../workspace/citations/CitationPicker';",
    ],
    [
      'the case-file reader importing the act panels',
      'renderer/src/features/case-file/pdf/x.ts',
      "import '../../act-panels/Outline';",
    ],
    ['ui importing a feature', 'renderer/src/ui/x.tsx', "import '../features/case-file/Reader';"],
    ['ui importing storage', 'renderer/src/ui/x.tsx', "import '../storage/database';"],
    ['app importing a screen', 'renderer/src/app/x.ts', "import '../features/library/LibraryScreen';"],
    ['domain importing storage', 'renderer/src/domain/act/x.ts', "import '../../storage/database';"],
    [
      'the editor importing a feature',
      'renderer/src/editor/core/x.ts',
      "import '../../features/act-panels/Outline';",
    ],
    [
      'an editor feature importing another',
      'renderer/src/editor/find/x.ts',
      "import '../citations/insert-citation';",
    ],
    ['storage importing the platform', 'renderer/src/storage/x.ts', "import '../platform';"],
    [
      'a screen reaching into Electron',
      'renderer/src/features/library/x.ts',
      "import '../../../../electron/ipc/contract';",
    ],
    [
      'a re-export from another screen',
      'renderer/src/features/library/x.ts',
      "export * from '../workspace/Workspace';",
    ],
    [
      'a dynamic import of another screen',
      'renderer/src/features/library/x.ts',
      "void import('../workspace/Workspace');",
    ],
    ['the preload importing the main process', 'electron/preload/x.ts', "import '../main/index';"],
    ['the IPC contract importing the main process', 'electron/ipc/x.ts', "import '../main/file-names';"],
    [
      'a script importing the renderer UI',
      'scripts/pack/x.ts',
      "import '../../renderer/src/features/library/LibraryScreen';",
    ],
  ])('%s', async (_case, file, code) => {
    expect(await allowListErrors(file, code)).toHaveLength(1);
  });

  it('names the two folders and where the list lives', async () => {
    const [message] = await allowListErrors(
      'renderer/src/features/library/x.ts',
      "import '../workspace/Workspace';",
    );
    expect(message).toContain('may not import renderer/src/features/workspace/Workspace');
    expect(message).toContain('eslint.config.js');
  });

  it('a folder that has no row yet', async () => {
    const errors = await allowListErrors('renderer/src/features/grading/x.ts', "import './y';");
    expect(errors).toEqual([expect.stringContaining('renderer/src/features/grading has no row')]);
  });
});

describe('the import allow-list lets through', () => {
  it.each([
    [
      'a file of a screen importing its own sheet',
      'renderer/src/features/library/x.tsx',
      "import './library.css';",
    ],
    [
      'a job folder importing its screen',
      'renderer/src/features/workspace/saving/x.ts',
      "import '../Workspace';",
    ],
    [
      'a screen importing what screens share',
      'renderer/src/features/library/x.tsx',
      "import '../../ui/Dialog';\nimport '../case-file/Reader';\nimport '../act-panels/Outline';",
    ],
    [
      'the composition root importing a screen',
      'renderer/src/App.tsx',
      "import './features/library/LibraryScreen';\nimport './styles.css';",
    ],
    [
      'the act panels using the material navigator',
      'renderer/src/features/act-panels/x.tsx',
      "import '../case-file/material-navigator';",
    ],
    ['ui using the shortcut table', 'renderer/src/ui/x.ts', "import '../editor/core/shortcuts';"],
    [
      'the editor core wiring an editor feature',
      'renderer/src/editor/core/x.ts',
      "import '../find/find-replace-plugin';",
    ],
    [
      'an editor feature plugging into the core',
      'renderer/src/editor/find/x.ts',
      "import '../core/keymap.ts';",
    ],
    [
      'an editor test setting up with another feature',
      'renderer/src/editor/citations/x.test.ts',
      "import '../evidence/evidence-commands';",
    ],
    [
      'a test reading a fixture',
      'renderer/src/domain/submission/x.test.ts',
      "import '../../../../test/fixtures/submissions/sample-v1.cdsub?raw';",
    ],
    [
      'the platform using the IPC contract',
      'renderer/src/platform/x.ts',
      "import type { IpcContract } from '../../../electron/ipc/contract';",
    ],
    ['a package', 'renderer/src/features/library/x.ts', "import 'react';"],
  ])('%s', async (_case, file, code) => {
    expect(await allowListErrors(file, code)).toEqual([]);
  });
});

/** The rows of an allow-list table in docs/architecture.md: first column a folder, second what it may import. */
function documentedTable(markdown: string, name: string): Record<string, string[]> {
  const start = markdown.indexOf(`<!-- import-allow-list:${name} -->`);
  expect(
    start,
    `docs/architecture.md has no <!-- import-allow-list:${name} --> table`,
  ).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('<!-- /import-allow-list -->', start);
  const rows = markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|').slice(1, -1));
  const code = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return Object.fromEntries(rows.map(([folder, imports]) => [code(folder!)[0]!, code(imports!).sort()]));
}

const sorted = (table: Record<string, string[]> = {}) =>
  Object.fromEntries(Object.entries(table).map(([row, entries]) => [row, [...entries].sort()]));

describe('docs/architecture.md', () => {
  const markdown = readFileSync(path.join(repository, 'docs/architecture.md'), 'utf8');

  it('shows the allow-list eslint.config.js enforces', async () => {
    const renderer = await allowListFor('renderer/src/ui/x.ts');
    const node = await allowListFor('electron/main/x.ts');
    expect(documentedTable(markdown, 'renderer')).toEqual(sorted(renderer.folders));
    expect(documentedTable(markdown, 'renderer-tests')).toEqual(sorted(renderer.tests));
    expect(documentedTable(markdown, 'node')).toEqual(sorted(node.folders));
  });
});

describe('the allow-list', () => {
  it('names only folders and files that exist', async () => {
    const missing: string[] = [];
    for (const file of ['renderer/src/ui/x.ts', 'electron/main/x.ts']) {
      const list = await allowListFor(file);
      const named = [...Object.entries(list.folders), ...Object.entries(list.tests ?? {})].flatMap(
        ([row, entries]) => [row, ...entries],
      );
      for (const name of named) {
        const at = name.startsWith('/') ? name.slice(1) : path.posix.join(list.root || '.', name);
        const candidates = ['', '.ts', '.tsx', '.js'].map((extension) =>
          path.join(repository, at + extension),
        );
        if (!candidates.some((candidate) => existsSync(candidate))) missing.push(at);
      }
    }
    expect(missing).toEqual([]);
  });
});
