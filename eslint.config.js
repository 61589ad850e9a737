import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importAllowListRule } from './scripts/eslint/import-allow-list.js';

/** What every screen may use; a screen never imports another screen. */
const screen = [
  'features/case-file',
  'features/act-panels',
  'ui',
  'app',
  'editor',
  'storage',
  'platform',
  'i18n',
  'domain',
];
/** An editor feature plugs into the editor's core and knows nothing of the other features. */
const editorFeature = ['editor/core', 'domain'];

/**
 * The import allow-list: folder -> what its files may import besides their own folder (and its subfolders).
 * The single source of docs/architecture.md's table (scripts/eslint/import-allow-list.test.ts checks the two agree)
 * and of the rule below. Entries are folders or files (no extension) from `root`; `/x` is from the repository.
 * `tests` lists what tests (`*.test.ts`) under a folder may import as well (`.`: every test); `files` are the files
 * checked, so a file in a folder with no row is reported.
 */
export const importAllowList = {
  renderer: {
    files: ['renderer/src/**/*.{ts,tsx}'],
    root: 'renderer/src',
    folders: {
      '.': [
        'features/classroom',
        'features/feedback',
        'features/library',
        'features/review',
        'features/settings',
        'features/workspace',
        'app',
        'ui',
        'styles',
        'storage',
        'platform',
        'i18n',
        'domain',
      ],
      'features/classroom': screen,
      'features/feedback': screen,
      'features/library': screen,
      'features/review': screen,
      'features/settings': screen,
      'features/workspace': screen,
      'features/case-file': ['ui', 'app', 'editor', 'storage', 'i18n', 'domain'],
      'features/act-panels': [
        'features/case-file/material-navigator',
        'features/case-file/documents/rich-text-html',
        'ui',
        'app',
        'editor',
        'storage',
        'i18n',
        'domain',
      ],
      ui: ['editor/core/shortcuts', 'i18n', 'domain'],
      app: ['storage', 'platform', 'i18n', 'domain'],
      styles: [],
      'editor/core': ['editor', 'domain'],
      'editor/structure': editorFeature,
      'editor/find': editorFeature,
      'editor/citations': editorFeature,
      'editor/evidence': editorFeature,
      'editor/numbering': editorFeature,
      'editor/tables': editorFeature,
      'editor/lists': editorFeature,
      'editor/spellcheck': editorFeature,
      'editor/timeline': editorFeature,
      storage: ['domain'],
      platform: ['/electron/ipc', 'domain'],
      i18n: ['domain'],
      domain: [],
      'domain/law': ['domain/act'],
      'domain/review': [
        'domain/language',
        'domain/act',
        'domain/submission',
        'domain/pack',
        'domain/integrity',
        'domain/keys',
        'domain/text',
        'domain/cooperate',
      ],
      'domain/feedback': [
        'domain/language',
        'domain/act',
        'domain/submission',
        'domain/pack',
        'domain/review',
        'domain/integrity',
        'domain/keys',
        'domain/text',
        'domain/cooperate',
      ],
    },
    tests: {
      '.': ['/test'],
      editor: ['editor'],
      'editor/spellcheck': ['/renderer/dictionaries'],
    },
  },
  node: {
    files: ['electron/**/*.ts', 'scripts/**/*.{ts,mts,js,mjs}'],
    root: '',
    folders: {
      'electron/ipc': [],
      'electron/main': ['electron/ipc'],
      'electron/preload': ['electron/ipc'],
      scripts: ['renderer/src/domain', 'renderer/src/editor/spellcheck/dictionaries'],
    },
  },
};

/** One config block per allow-list, each checking the files under its rows. */
const importAllowListConfigs = Object.values(importAllowList).map(({ files, ...list }) => ({
  files,
  plugins: { casedraft: { rules: { 'import-allow-list': importAllowListRule } } },
  rules: { 'casedraft/import-allow-list': ['error', { repository: import.meta.dirname, ...list }] },
}));

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests build their fixtures by hand and know what is there.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only platform/ may talk to the preload API.
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Only renderer/src/platform/ may use window.api.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Only renderer/src/platform/ may use window.api.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron'], message: 'Only platform/ knows about Electron.' }] },
      ],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Only platform/ knows about Electron.' },
            {
              group: ['react', 'react-dom', 'dexie'],
              message: 'domain/ is pure TypeScript: no UI or storage code.',
            },
          ],
        },
      ],
    },
  },
  ...importAllowListConfigs,
);
