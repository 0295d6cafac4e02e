import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The features, each a folder of src/features: one may not reach into another. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

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
    // One-way folders, as bulletproof-react draws them: the shell (src/app) composes the features;
    // a feature uses src/shared and its own folder, never the shell nor another feature's insides
    // (what two features share lives in src/shared, the story's schema and vocabulary among it).
    // Tests may put features together, as the shell does.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'A feature never imports another feature: what two features share belongs in src/shared.',
            })),
            { target: './src/features', from: './src/app', message: 'Features never import the app shell.' },
            { target: './src/features', from: './src/studio', message: 'Features never import the studio.' },
            { target: './src/shared', from: './src/studio', message: 'Shared modules stay below the features and the shells.' },
            { target: './src/shared', from: './src/app', message: 'Shared modules stay below the features and the shell.' },
            { target: './src/shared', from: './src/features', message: 'Shared modules stay below the features and the shell.' },
          ],
        },
      ],
      // An import cycle hides which module depends on which, and breaks the folders' one-way order.
      'import-x/no-cycle': 'error',
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
