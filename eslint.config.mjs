// ESLint for `npm run lint` (office-addin-lint check runs eslint with this file on src/**/*.{ts,tsx,js,jsx})
// and `npm run lint:fix`: ESLint's and typescript-eslint's recommended rules, the Office add-in rules of
// eslint-plugin-office-addins (its own `recommended` preset is not spread: it registers a second copy of
// the typescript-eslint plugin), and the project's rules below.
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Office.js's globals: read-only, provided by office.js and the custom functions runtime. */
const officeGlobals = { Office: 'readonly', Excel: 'readonly', CustomFunctions: 'readonly', OfficeRuntime: 'readonly' };

const ICONS = '/^@fluentui\\/react-icons/';
const ICON_MESSAGE = 'Import Fluent icons one by one, by name (import { AddRegular } from "@fluentui/react-icons"), never the whole set.';

export default [
  { ignores: ['dist/**', 'lib/**', 'out/**', 'coverage/**', 'node_modules/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...officeGlobals },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportDeclaration[source.value=${ICONS}] > ImportNamespaceSpecifier`, message: ICON_MESSAGE },
        { selector: `ImportDeclaration[source.value=${ICONS}] > ImportDefaultSpecifier`, message: ICON_MESSAGE },
        { selector: `ImportExpression[source.value=${ICONS}]`, message: ICON_MESSAGE },
      ],
    },
  },
  {
    // Code that ends up in the browser bundles (task pane, custom functions, engine, reader, Office host).
    files: ['src/**'],
    ignores: ['src/cli/**', 'src/hosts/exceljs/**', 'src/hosts/xlsx/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['exceljs', 'fs', 'path', 'os', 'child_process'].map((name) => ({ name, message: 'Not in the browser: this code runs in Office.' })),
          patterns: [
            { group: ['node:*'], message: 'Not in the browser: this code runs in Office.' },
            { group: ['**/hosts/exceljs', '**/hosts/exceljs/**', '**/hosts/xlsx', '**/hosts/xlsx/**', '**/cli/**'], message: 'The exceljs and xlsx hosts and the CLI belong to Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx', '**/*.jsx'],
    ...react.configs.flat.recommended,
    settings: { react: { version: 'detect' } },
  },
  { files: ['**/*.tsx', '**/*.jsx'], ...react.configs.flat['jsx-runtime'] },
  {
    // Node code: the CLI, its hosts, the build and the configuration files.
    files: ['src/cli/**', 'src/hosts/exceljs/**', 'src/hosts/xlsx/**', 'scripts/**', 'bin/**', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', '*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
