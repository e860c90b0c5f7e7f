import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorization,
  createContacts,
  liveSegment,
  citySegment,
  startApi,
  type TestApi,
} from '../../src/api/api-test-kit.ts';
import { Random } from '../../src/demo-data/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';
import { SchemaValues, type JsonSchema } from './schema-values.ts';

interface Operation {
  readonly parameters?: readonly {
    readonly name: string;
    readonly in: string;
    readonly schema?: JsonSchema;
  }[];
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: JsonSchema }> };
}

interface Document {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, JsonSchema> };
}

/** Requests per backend: bounded so that CI stays quick; the seed makes a failure repeatable. */
const requests = 1_200;
const seed = 20261203;

/** Percent-encodes text; a lone surrogate (no UTF-8 form) is sent as the bytes of one, which is invalid UTF-8. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd')).replaceAll(
      '%EF%BF%BD',
      '%ED%A0%80',
    );
  }
}

/** The event stream never ends by itself; it has its own tests (event-routes.test.ts). */
const skipped = new Set(['GET /api/events/stream']);

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`a fuzz of the OpenAPI document ${backend.label}`, () => {
    let api: TestApi;
    let document: Document;
    const known: string[] = [];
    beforeAll(async () => {
      api = await startApi(backend);
      document = (await api.call('GET', '/api/openapi.json')).json as Document;
      // Some real ids, so that requests reach past "not found" into the handlers.
      known.push(
        ...(await createContacts(api, [
          { firstname: 'Ada', address1_city: 'Atlantis' },
          { lastname: 'Lovelace' },
        ])),
      );
      known.push(await liveSegment(api, citySegment('Atlantis', 'Atlantis', { id: 'seg_atlantis' })));
    });
    afterAll(async () => {
      await api.app.close();
      await backend.cleanup();
    });

    it(`answers ${requests} generated requests without a server error, and keeps every live segment exact`, async () => {
      const random = new Random(seed);
      const values = new SchemaValues(random, document.components.schemas);
      const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.entries(methods)
          .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation }))
          .filter(({ method, path }) => !skipped.has(`${method} ${path}`)),
      );
      const failures: string[] = [];
      const succeeded = new Set<string>();
      for (let i = 0; i < requests; i++) {
        const { method, path, operation } = random.pick(operations);
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
          if (name === 'entity')
            return random.pick(['contact', 'account', 'lead', 'interaction', 'nothing', '%00']);
          return encode(
            random.chance(0.6) ? random.pick(known) : String(values.value({ type: 'string' })).slice(0, 300),
          );
        });
        const query = (operation.parameters ?? [])
          .filter((p) => p.in === 'query' && random.chance(0.5))
          .map((p) => `${encode(p.name)}=${encode(String(values.value(p.schema)))}`)
          .join('&');
        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        const csv = operation.requestBody?.content?.['text/csv'] !== undefined;
        const body =
          operation.requestBody === undefined
            ? undefined
            : csv
              ? `id,firstname\n${String(values.value({ type: 'string' }))},x\n`
              : JSON.stringify(values.value(bodySchema));
        const answer = await api.app.inject({
          method: method as 'GET',
          url: query === '' ? url : `${url}?${query}`,
          headers: {
            ...authorization,
            ...(body === undefined ? {} : { 'content-type': csv ? 'text/csv' : 'application/json' }),
          },
          ...(body === undefined ? {} : { payload: body }),
        });
        if (answer.statusCode < 300) succeeded.add(`${method} ${path}`);
        if (answer.statusCode >= 500)
          failures.push(
            `#${i} ${method} ${url} ${body?.slice(0, 300) ?? ''} → ${answer.statusCode} ${answer.body.slice(0, 300)}`,
          );
      }
      expect(failures).toEqual([]);
      // Not a fuzz of the request validator alone: many operations were carried out.
      expect(succeeded.size).toBeGreaterThan(operations.length / 3);
      // Whatever the fuzz did to records and segments, every live segment still has exactly its members.
      expect(await api.engine.verify()).toEqual([]);
    });
  });
}
