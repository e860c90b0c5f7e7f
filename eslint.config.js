// @ts-check
import { readdirSync } from 'node:fs';
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
  'extensions',
  'demo-data',
  'api',
  'cli',
];

/** The extensions (DESIGN.md, "Core and extensions"): one folder each under src/extensions/. */
const extensions = readdirSync(new URL('./src/extensions/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The stages before the extensions, which the extensions reach only through their public faces. */
const coreStages = stages.slice(0, stages.indexOf('extensions'));

const stageZones = stages.slice(0, -1).map((stage, i) => ({
  target: `./src/${stage}`,
  from: stages.slice(i + 1).map((later) => `./src/${later}`),
  message: `src/${stage} comes before these stages in the pipeline and may not import them.`,
}));

/**
 * A `no-restricted-imports` pattern: src/<stage> only through its public face, its index.ts (or one
 * of `alsoAllowed`, file names as regular expressions).
 */
function publicFaceOnly(stage, alsoAllowed = []) {
  const allowed = ['index\\.ts', ...alsoAllowed].map((name) => `${name}$`).join('|');
  return {
    regex: `^(\\.\\./)+${stage}/(?!${allowed})`,
    message: `Import src/${stage} through its public face, src/${stage}/index.ts; add what you need there.`,
  };
}

/** What the API and the command line may not touch: the engine's store, or any store or session. */
const noStoreMessage =
  "src/api and src/cli work through the engine's operations, not its store: add an operation to src/engine (engine.ts, or engine-reads.ts for a read) and call it.";
const noStoreAccess = [
  "MemberExpression[property.name='store']",
  "VariableDeclarator > ObjectPattern > Property[key.name='store']",
  'MemberExpression[object.name=/^(store|session|tx)$/]',
].map((selector) => ({ selector, message: noStoreMessage }));

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
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...stageZones,
            {
              target: './src',
              from: './bench',
              message: 'The product does not depend on its benchmark: move what it needs into src/.',
            },
            ...extensions.map((extension) => ({
              target: `./src/extensions/${extension}`,
              from: './src/extensions',
              except: [`./${extension}`],
              message: 'An extension stands on the engine alone: it may not import another extension.',
            })),
            {
              target: './src/demo-data',
              from: [...coreStages.filter((stage) => stage !== 'schema'), 'extensions'].map(
                (stage) => `./src/${stage}`,
              ),
              message:
                'The demo data generator makes plain rows (the benchmarks load them into other databases too): it may use src/schema only.',
            },
          ],
        },
      ],
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
    // stages before them through each stage's public face (its index.ts), never its internals, and
    // each extension through its own index.ts.
    files: ['src/api/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*-test-kit.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...[...coreStages, 'demo-data'].map((stage) => publicFaceOnly(stage)),
            {
              regex: '^(\\.\\./)+extensions/[^/]+/(?!index\\.ts$)',
              message:
                'Import an extension through its public face, src/extensions/<name>/index.ts; add what you need there.',
            },
          ],
        },
      ],
    },
  },
  {
    // Nor do the API and the command line reach past the engine into its store: they call the
    // engine's operations (`Engine`, with the reads of `EngineReads` and the keys and audit trail of
    // `engine.access`), and the engine gains one when they need something new (issue 15, §1).
    files: ['src/api/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*-test-kit.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noStoreAccess],
    },
  },
  {
    // An extension uses the engine as any client would: through the public faces of the engine and of
    // the stages before it. What it needs and they do not give becomes a small, named export there.
    // Its tests may also use the engine's and the store's test helpers.
    files: ['src/extensions/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: coreStages.map((stage) => publicFaceOnly(stage)) }],
    },
  },
  {
    files: ['src/extensions/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: coreStages.map((stage) =>
            publicFaceOnly(stage, ['engine-test-helpers\\.ts', 'test-backends\\.ts']),
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
