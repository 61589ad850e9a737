import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Where the renderer's stylesheets live (docs/architecture.md, "Styles"): the shared sheets in styles/, imported
 * once by main.tsx before anything else, and each feature's sheet beside the component that imports it.
 */
const SOURCE = fileURLToPath(new URL('..', import.meta.url));
const SHARED = join(SOURCE, 'styles');
const MAIN = join(SOURCE, 'main.tsx');
/** Past this a sheet mixes features: split it by the folder that owns its rules. */
const MAX_LINES = 600;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

const files = filesUnder(SOURCE);
const sheets = files.filter((file) => file.endsWith('.css'));
const modules = files.filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));

/** The stylesheets a module imports, as paths. */
function importedSheets(module: string): string[] {
  return [...readFileSync(module, 'utf8').matchAll(/^import '(\.{1,2}\/[^']+\.css)';$/gm)].map((match) =>
    join(dirname(module), match[1]!),
  );
}

describe('the stylesheets', () => {
  it('are found where this test looks for them', () => {
    expect(sheets.map((sheet) => relative(SOURCE, sheet))).toEqual(
      expect.arrayContaining(['styles/tokens.css', 'styles/base.css', 'styles/prosemirror.css']),
    );
  });

  it.each(sheets.map((sheet) => [relative(SOURCE, sheet), sheet]))(
    '%s has at most 600 lines',
    (_name, sheet) => {
      expect(readFileSync(sheet, 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_LINES);
    },
  );

  it.each(
    sheets.filter((sheet) => dirname(sheet) !== SHARED).map((sheet) => [relative(SOURCE, sheet), sheet]),
  )('%s is imported by a module in its own folder', (_name, sheet) => {
    const importers = modules.filter((module) => importedSheets(module).includes(sheet));
    expect(importers.map((module) => dirname(module))).toContain(dirname(sheet));
  });

  it('shared in styles/ are imported by main.tsx alone, before any module, so every feature sheet comes after them', () => {
    // Vite bundles CSS in the order modules are first imported; a feature's rule wins a tie of specificity
    // against a shared one (`.find-bar__action` over `.button`) only if the shared sheets come first.
    const imports = [...readFileSync(MAIN, 'utf8').matchAll(/^import .*'([^']+)';$/gm)].map(
      (match) => match[1]!,
    );
    const shared = sheets
      .filter((sheet) => dirname(sheet) === SHARED)
      .map((sheet) => `./styles/${basename(sheet)}`);
    expect(imports.slice(0, shared.length).sort()).toEqual(shared.sort());
    const importers = modules.filter((module) =>
      importedSheets(module).some((sheet) => dirname(sheet) === SHARED),
    );
    expect(importers).toEqual([MAIN]);
  });

  it('are imported only by modules in their own folder, never from another feature', () => {
    const strays = modules.flatMap((module) =>
      importedSheets(module)
        .filter((sheet) => dirname(sheet) !== SHARED && dirname(sheet) !== dirname(module))
        .map((sheet) => `${relative(SOURCE, module)} imports ${relative(SOURCE, sheet)}`),
    );
    expect(strays).toEqual([]);
  });
});
