// One lint setup for the whole workspace. Besides the usual TypeScript rules it enforces the
// one-way import direction of ARCHITECTURE.md: workflows ← imaging ← api ← (types only) web,
// and e2e drives the running app without importing any package's source.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ioModules = [
  'node:*', 'fs', 'fs/*', 'path', 'http', 'https', 'net', 'child_process', 'crypto', 'os',
  'worker_threads', 'pg', 'kysely', '@electric-sql/*', 'fastify', 'sharp', 'tesseract.js',
  'pdf-lib', 'react', 'react-dom',
];
const pkg = (name) => ({ group: [`@onetrip/${name}`, `@onetrip/${name}/*`, `**/${name}/src/*`] });

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '.tsbuild/**', 'data/**', 'imaging/fixtures/**', 'e2e/.artifacts/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ioModules, message: 'workflows/ is the pure domain: no I/O.' },
          pkg('imaging'), pkg('api'), pkg('web'),
        ],
      }],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'workflows/ draws no random numbers: take them as input.' },
        { object: 'Date', property: 'now', message: 'workflows/ reads no clock: take the time as input.' },
      ],
      'no-restricted-syntax': ['error', {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'workflows/ reads no clock: take the time as input.',
      }],
    },
  },
  {
    files: ['imaging/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ ...pkg('api'), message: 'imaging/ knows nothing of applications.' }, pkg('web')],
      }],
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [pkg('web')] }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: '@onetrip/api', allowTypeImports: true, message: 'web/ imports only types from api/.' }],
        patterns: [{ group: ['@onetrip/imaging', '**/api/src/*', '**/imaging/src/*'], message: 'web/ talks to the API over tRPC.' }],
      }],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['@onetrip/*', '**/api/src/*', '**/web/src/*', '**/imaging/src/*', '**/workflows/src/*'], message: 'e2e/ drives the running app; it imports no package source.' }],
      }],
    },
  },
);
