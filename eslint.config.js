import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries of DEVELOPERS.md, enforced rather than hoped for. */
const layers = {
  domain: [
    '**/editor/**',
    '**/storage/**',
    '**/platform/**',
    '**/features/**',
    '**/i18n/**',
    'react',
    'react-dom',
    'dexie',
  ],
  /** The editor is ProseMirror and React glue: screens use it, never the other way round. */
  editor: ['**/features/**', '**/storage/**', '**/platform/**'],
};

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
        {
          patterns: [
            { group: ['**/electron/**', 'electron'], message: 'Only platform/ knows about Electron.' },
          ],
        },
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
            { group: ['**/electron/**', 'electron'], message: 'Only platform/ knows about Electron.' },
            {
              group: layers.domain,
              message: 'domain/ is pure TypeScript: no UI, storage or platform code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/editor/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron'], message: 'Only platform/ knows about Electron.' },
            { group: layers.editor, message: 'editor/ knows nothing of screens, storage or the platform.' },
          ],
        },
      ],
    },
  },
);
