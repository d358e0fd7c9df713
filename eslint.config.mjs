// The linter `npm test` runs (npm run lint). Besides TypeScript's and React's usual rules it holds
// the layering: the core stays free of every host (Office.js, React, Node's fs, exceljs), and the
// pane (src/ui) reaches the workbook only through the port, never through an adapter. Import
// cycles are checked by scripts/check-imports.ts, which resolves paths as TypeScript does.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Exact names go in `paths` (a pattern 'path' would also catch a file of ours called ./path).
const named = (names, message) => names.map((name) => ({ name, message }));
const grouped = (groups, message) => groups.map((group) => ({ group: [group], message }));
const CORE_HOSTS = 'The core (src/core) is free of Office.js, React, Node and exceljs: put this in an adapter or in src/app.';
const CORE_INSIDE = '^(\\.\\./)+core/[^/]+/';
const CORE_ENTRY = 'Import a core folder through its entry (core/<folder>), not a file inside it.';
const PANE_FILES = 'The pane and src/app reach files only through the port (src/port), never through exceljs or Node.';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'docs/**', '**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Rules are data: no text from a sheet or an agreement ever becomes code.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Node scripts and the tests may require() (jest's module registry, bench children).
    files: ['scripts/**', 'test/**', 'bin/**', '*.js', '*.mjs', '*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: named(['react', 'react-dom', 'exceljs', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'zlib', 'stream'], CORE_HOSTS),
          patterns: [
            ...grouped(['react-dom/*', '@fluentui/*', '@codemirror/*', 'fs/*', 'node:*'], CORE_HOSTS),
            { regex: '^(\\.\\./)+(excel|file|ui|app|cli|port|workbench|taskpane|commands)(/|$)', message: 'The core (src/core) imports nothing outside the core.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Office', message: 'The core does not know Office.js.' }, { name: 'Excel', message: 'The core does not know Office.js.' }],
    },
  },
  {
    // Outside the core, a core folder is used through its entry (index.ts): what it offers the rest.
    files: ['src/{ui,app,excel,file,cli,port,workbench,taskpane,commands}/**'],
    ignores: ['src/ui/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: CORE_INSIDE, message: CORE_ENTRY }] }],
    },
  },
  {
    files: ['src/ui/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: named(['exceljs', 'fs', 'path', 'os', 'child_process'], PANE_FILES),
          patterns: [
            ...grouped(['fs/*', 'node:*'], PANE_FILES),
            { regex: '^(\\.\\./)+(excel|file|cli)(/|$)', message: 'The pane and src/app reach the workbook through the port (src/port), never through an adapter.' },
            { regex: CORE_INSIDE, message: CORE_ENTRY },
          ],
        },
      ],
    },
  },
);
