// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

/** The stages of the pipeline in order (DESIGN.md); a stage may import only the stages before it. */
const stages = [
  'schema',
  'definition',
  'validate',
  'mql',
  'compile',
  'evaluate',
  'store',
  'engine',
  'api',
  'cli',
];

const stageZones = stages.slice(0, -1).map((stage, i) => ({
  target: `./src/${stage}`,
  from: stages.slice(i + 1).map((later) => `./src/${later}`),
  message: `src/${stage} comes before these stages in the pipeline and may not import them.`,
}));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'web/dist', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: stageZones }],
    },
  },
  {
    // The engine builds no SQL: it asks the store (DESIGN.md, "Backends"), whose backends own the SQL
    // that differs between databases. Its tests may still set a database up by hand.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'kysely',
              allowTypeImports: true,
              message: 'src/engine builds no SQL: add a store method (src/store) and call it instead.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='db']",
          message: "src/engine builds no SQL: a session's `db` is the store's; add a store method instead.",
        },
      ],
    },
  },
  {
    // The API and the command line translate between their users and the engine: they reach the
    // stages before them through each stage's public face (its index.ts), never its internals.
    files: ['src/api/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*-test-kit.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['store', 'validate', 'definition', 'compile', 'evaluate', 'schema', 'engine', 'mql'].map(
            (stage) => ({
              regex: `^(\\.\\./)+${stage}/(?!index\\.ts$)`,
              message: `Import src/${stage} through its public face, ../${stage}/index.ts; add what you need there.`,
            }),
          ),
        },
      ],
    },
  },
  {
    // The web app talks to Segmint only over HTTP (API.md): it imports nothing from the server's stages.
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../src/**', '../../../src/**'], message: 'The web app uses the HTTP API only.' },
          ],
        },
      ],
    },
  },
);
