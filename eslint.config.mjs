// Lint for the TypeScript sources and tests (npm run lint, run by CI).
// The one project-specific rule: the core stays pure — no editor, protocol or
// node imports under server/src/core (see README "How it is built").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/out/**', '.build/**', 'node_modules/**', '**/*.vsix', 'test/e2e/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests and the JSON-RPC client read untyped protocol payloads.
      '@typescript-eslint/no-explicit-any': 'off',
      // Binary detection and the escaping of file names need control characters in patterns.
      'no-control-regex': 'off',
      // A client assigned after the closures that use it are created.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Test writers build drafts with terse comma sequences; tools are resolved at run time.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*'], message: 'The core is pure: editor and protocol types belong in server/src/lsp.' },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'],
              message: 'The core is pure: I/O belongs in the adapters (server/src/cli, server/src/lsp).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
  },
);
