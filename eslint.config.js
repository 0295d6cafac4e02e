import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', '.cache', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // One-way folders: the shell may use features, features may not use the shell,
    // and shared pure modules use neither.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/*', '**/app', '**/studio/*'], message: 'Features never import the app shell or the studio.' }] }],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/*', '**/studio/*', '**/features/*/*'], message: 'Shared modules stay below the features and the shells.' }] },
      ],
    },
  },
  {
    // The reader's app never loads the authoring studio: it is a second shell, not part of the site.
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx', 'src/entry-server.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/studio/*', '**/studio'], message: 'The reader’s app never imports the authoring studio.' }] }],
    },
  },
  {
    // The studio is a shell beside the app: it may use features and shared modules, and the app's stylesheet, not the app's code.
    files: ['src/studio/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/*', '!**/app/theme.css'], message: 'The studio uses features and shared modules, not the reader’s shell.' }] }],
    },
  },
  {
    // The host page script runs in news pages: no React, no dependencies, only the shared protocol.
    files: ['src/embed-host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/*', '**/features/*', 'react', 'react-*', 'd3-*', '@*'], message: 'embed.js stays dependency-free: import only from src/shared/embed.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
