import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['access', 'orders', 'order-actions', 'settings', 'onboarding'];

/**
 * Dependencies point one way: app → features → components/lib → api. A feature never imports
 * another feature; src never imports mocks (but for the guarded import in main.tsx); mocks see
 * only the contract.
 */
const boundaries = [
  { target: './src/api', from: ['./src/app', './src/features', './src/components', './src/lib', './mocks'] },
  { target: './src/lib', from: ['./src/app', './src/features', './src/components'] },
  { target: './src/components', from: ['./src/app', './src/features'] },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
  })),
  { target: './src/!(main.tsx)', from: './mocks' },
  { target: './src/!(main.tsx)/**', from: './mocks' },
  { target: './mocks', from: ['./src/app', './src/features', './src/components', './src/lib', './src/main.tsx'] },
];

/** The classic API cannot be tree-shaken: one import of it brings all of zod into the page. */
const CLASSIC_ZOD = { name: 'zod', message: "Use 'zod/mini' (and 'zod/v4/core' for types)." };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The whole table is the gateway's and the OpenAPI document's. The cabinet imports each
    // area's own table, so that a page builds the schemas of only the contract it calls.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/api/endpoints',
              message: "Import the area's table (e.g. '@/api/order-endpoints'), not the whole contract.",
            },
            CLASSIC_ZOD,
          ],
        },
      ],
    },
  },
  {
    // The contract itself: the same rule on zod as everywhere in the cabinet.
    files: ['src/api/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [CLASSIC_ZOD] }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**', 'mocks/server.ts', 'mocks/shop/main.ts', 'tests/e2e/**', 'tests/bench/**'],
    rules: { 'no-console': 'off' },
  },
);
