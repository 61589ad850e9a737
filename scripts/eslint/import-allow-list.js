import path from 'node:path';

/**
 * ESLint rule: every import must land in a folder its own folder's row of the allow-list names.
 *
 * Our own rule rather than a plugin: neither eslint-plugin-import (`import/no-restricted-paths`) nor
 * eslint-plugin-boundaries is installed, and `no-restricted-imports` matches the specifier as written, so it cannot
 * tell `./Toolbar` inside a screen from `../workspace/Toolbar` in a sibling screen. This rule resolves each relative
 * specifier against the importing file's folder, which is all the allow-list needs (no file system, no resolver).
 *
 * Options, one allow-list (eslint.config.js builds them from its `importAllowList` table):
 * - repository: absolute path of the repository; root: the folder the rows are written from, relative to it.
 * - folders: row -> entries. A row is a folder (with its subfolders; the longest row wins) or `.`, the files
 *   directly in root. An entry is a folder or a file without its extension, from root, or from the repository
 *   when it starts with `/`. A file may always import its own row's files.
 * - tests: row -> entries that tests (`*.test.ts`) under that row may import as well; row `.` means every test.
 * Bare specifiers (packages) are left to `no-restricted-imports`.
 */

const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;
const SCRIPT_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** @param {string} p */
const posix = (p) => p.split(path.sep).join('/');

/** Is `target` (repository-relative) `entry` itself, inside it, or its script without extension? */
function covers(entry, target) {
  return target === entry || target.startsWith(`${entry}/`) || target.replace(SCRIPT_EXTENSION, '') === entry;
}

/**
 * The allow-list in repository-relative paths, with the lookups the rule needs.
 * @param {{ root: string, folders: Record<string, string[]>, tests?: Record<string, string[]> }} list
 */
export function compileAllowList(list) {
  const rootFolder = list.root || '.';
  /** @param {string} p */
  const fromRoot = (p) => (p.startsWith('/') ? p.slice(1) : path.posix.join(rootFolder, p));
  const rows = Object.keys(list.folders).sort((a, b) => b.length - a.length);

  /** The row a repository-relative file belongs to, or undefined when no row covers its folder. */
  function rowOf(file) {
    return rows.find((row) =>
      row === '.' ? path.posix.dirname(file) === rootFolder : covers(fromRoot(row), file),
    );
  }

  /** Row-by-row entries in repository-relative paths. */
  const entries = (table, row) => (table?.[row] ?? []).map(fromRoot);

  return {
    rowOf,
    /** May a file of `row` (a test when `isTest`) import the repository-relative `target`? */
    allows(row, target, isTest) {
      if (rowOf(target) === row) return true;
      const allowed = [...entries(list.folders, row)];
      if (isTest) {
        allowed.push(...entries(list.tests, '.'));
        for (const testRow of Object.keys(list.tests ?? {})) {
          if (testRow !== '.' && (testRow === row || row.startsWith(`${testRow}/`)))
            allowed.push(...entries(list.tests, testRow));
        }
      }
      return allowed.some((entry) => covers(entry, target));
    },
  };
}

const listSchema = {
  type: 'object',
  properties: {
    repository: { type: 'string' },
    root: { type: 'string' },
    folders: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    tests: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
  required: ['repository', 'root', 'folders'],
  additionalProperties: false,
};

/** @type {import('eslint').Rule.RuleModule} */
export const importAllowListRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only the folders its row of the import allow-list names.' },
    schema: [listSchema],
    messages: {
      forbidden:
        '{{file}} may not import {{target}}. {{row}} may import: {{allowed}}. See the import allow-list in eslint.config.js and docs/architecture.md.',
      noRow:
        '{{folder}} has no row in the import allow-list (eslint.config.js): add one naming what it may import, and the same row to docs/architecture.md.',
    },
  },
  create(context) {
    const [options] = context.options;
    const list = compileAllowList(options);
    const file = posix(path.relative(options.repository, context.physicalFilename));
    const row = list.rowOf(file);
    const isTest = TEST_FILE.test(file);
    let reportedNoRow = false;

    /** @param {import('estree').Node & { source?: import('estree').Node | null }} node */
    function check(node) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value.split('?')[0];
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) return;
      if (row === undefined) {
        if (!reportedNoRow)
          context.report({ node, messageId: 'noRow', data: { folder: path.posix.dirname(file) } });
        reportedNoRow = true;
        return;
      }
      const target = path.posix.join(path.posix.dirname(file), specifier);
      if (list.allows(row, target, isTest)) return;
      const allowed = options.folders[row].join(', ') || 'nothing outside itself';
      const rowFolder = path.posix.join(options.root || '.', row);
      context.report({ node, messageId: 'forbidden', data: { file, target, row: rowFolder, allowed } });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
