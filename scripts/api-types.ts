/**
 * Writes the web app's API types (`web/src/api/generated/openapi.ts`) from the OpenAPI document the
 * server makes of its zod schemas, built in-process as `GET /api/openapi.json` serves it.
 *
 * `npm run api:types` rewrites the file; `npm run api:types -- --check` only compares, and fails
 * (exit 1) when the committed file is not what the server's document gives.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { buildApp } from '../src/api/index.ts';
import { Engine } from '../src/engine/index.ts';
import { openStore } from '../src/store/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = fileURLToPath(new URL('../web/src/api/generated/openapi.ts', import.meta.url));

const header = `/**
 * The HTTP API's paths and schemas, generated from its OpenAPI document (\`GET /api/openapi.json\`) by
 * \`npm run api:types\` (scripts/api-types.ts). Do not edit: change the server's zod schemas and run it.
 */
/* eslint-disable -- generated code (openapi-typescript writes types such as \`string & (unknown & unknown)\`) */
`;

/** The OpenAPI document of a server over an empty in-memory database, as the server serves it. */
async function openApiDocument(): Promise<OpenAPI3> {
  const store = await openStore({ kind: 'sqlite', filename: ':memory:' });
  try {
    const engine = await Engine.open(store);
    const app = await buildApp({ engine, adminToken: 'api-types', log: 'off' });
    try {
      const answer = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: {} });
      if (answer.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${answer.statusCode}`);
      return answer.json<OpenAPI3>();
    } finally {
      await app.close();
      await engine.stop();
    }
  } finally {
    await store.close();
  }
}

/** The generated file's text, formatted as the repository formats TypeScript. */
async function generatedTypes(): Promise<string> {
  const document = await openApiDocument();
  // Readonly types, as the web app's own are; required fields stay required in answers.
  const ast = await openapiTS(document, { immutable: true, alphabetize: false, silent: true });
  const text = header + astToString(ast);
  const options = await resolveConfig(target);
  return format(text, { ...options, filepath: target });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const text = await generatedTypes();
  const shown = relative(root, target);
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // Missing: reported below like any other difference.
    }
    if (committed !== text) {
      process.stderr.write(
        `${shown} is not what the server's OpenAPI document gives. Run \`npm run api:types\` and commit it.\n`,
      );
      process.exitCode = 1;
    }
    return;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`Wrote ${shown}.\n`);
}

await main();
