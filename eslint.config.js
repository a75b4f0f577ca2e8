// Lint: typescript-eslint's strict-ish rules, React hooks rules, process boundaries (renderer
// code, the browser, never imports Node, Electron or the hub) and kebab-case file names.
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const SOURCES = '{kiosk,counter,display,server,shared}/**/*.{ts,tsx,mts,cts}';
// Migrations are numbered files (STYLE.md rule 5; their tests carry the same number): the names
// start with digits, which the plugin's KEBAB_CASE does not allow, so they get their own pattern.
const MIGRATIONS = ['server/src/db/migrations/[0-9]*.ts', 'server/test/migrations/[0-9]*.test.ts'];

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'child_process', 'net', 'os', 'crypto', 'http', 'https', 'url', 'worker_threads'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      'no-control-regex': 'off',
    },
  },
  {
    // File names are kebab-case (STYLE.md rule 8), components included: login-page.tsx, not
    // LoginPage.tsx. The name is checked up to its first dot, so .test, .browser.test, .screenshot
    // and .config stay allowed; .d.ts files are not linted at all (ignored above).
    files: [SOURCES],
    ignores: MIGRATIONS,
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
    },
  },
  {
    // A migration is its number, then a kebab-case name: 008-recent-done.ts.
    files: MIGRATIONS,
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*': '+([0-9])-+([a-z])*([a-z0-9])*(-+([a-z0-9]))' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    // Plain Node scripts: npm postinstall (before the TypeScript toolchain is there) and test
    // fixtures that must run without tsx.
    files: ['scripts/**/*.mjs', '*/test/**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', setTimeout: 'readonly', globalThis: 'readonly' },
    },
  },
  {
    files: ['**/*.tsx', '*/src/renderer/**/*.ts', 'shared/client/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['*/src/renderer/**/*.{ts,tsx}', 'shared/src/**/*.ts', 'shared/client/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'Renderer and shared code runs in the browser: no Node built-ins.' },
            {
              group: ['electron', 'electron/*'],
              message: 'Renderers reach the shell only through window.ossShell (the preload bridge).',
            },
            { group: ['**/server/**', '@oss/server'], message: 'Screens talk to the hub over HTTP and Socket.IO only.' },
          ],
        },
      ],
    },
  },
);
