import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.ts';
import { testBackends } from '../../store/test-backends.ts';
import { buildApp } from '../app.ts';

const token = 'import-test-token';
const headers = { authorization: `Bearer ${token}`, 'content-type': 'text/csv' };

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`POST /api/import/{entity} ${backend.label}`, () => {
    const apps: FastifyInstance[] = [];
    afterEach(async () => {
      for (const app of apps.splice(0)) await app.close();
    });
    afterAll(() => backend.cleanup());

    const open = async () => {
      const engine = await Engine.open(await backend.open());
      const app = await buildApp({ engine, adminToken: token });
      apps.push(app);
      return { engine, app };
    };
    const post = (
      app: FastifyInstance,
      url: string,
      payload: string | Readable,
      extra: Record<string, string> = {},
    ) => app.inject({ method: 'POST', url, headers: { ...headers, ...extra }, payload });

    it('creates and updates records and reports each refused row with its line and reason', async () => {
      const { app, engine } = await open();
      await engine.createRecord('contact', { id: 'c1', firstname: 'Old' });
      const csv = 'id,firstname,birthdate,interests\nc1,Ada,1815-12-10,wine;travel\n,Bob,someday,\nc3,Cy,,\n';
      const response = await post(app, '/api/import/contact', csv, {
        'content-type': 'text/csv; charset=utf-8',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        created: 1,
        updated: 1,
        rejected: [{ line: 3, reason: 'birthdate: Birthday: expected a date written YYYY-MM-DD.' }],
        rejectedCount: 1,
      });
      expect((await engine.store.records.get('contact', 'c1'))?.interests).toEqual(['travel', 'wine']);
    });

    it('brings a live segment up to date within the request', async () => {
      const { app, engine } = await open();
      const segment = await engine.createSegment({
        name: 'Atlantis',
        type: 'dynamic',
        query: {
          blocks: [
            {
              entity: 'contact',
              where: {
                kind: 'group',
                op: 'and',
                children: [
                  { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
                ],
              },
            },
          ],
        },
      });
      await engine.goLive(segment.id);
      const response = await post(app, '/api/import/contact', 'id,address1_city\na,Atlantis\nb,Lemuria\n');
      expect(response.statusCode).toBe(200);
      expect(await engine.store.members.list(segment.id)).toEqual(['a']);
    });

    it('reads the body as a stream: rows are written before the whole body has arrived', async () => {
      const { app, engine } = await open();
      let produced = 0;
      let producedAtFirstWrite: number | undefined;
      engine.onChange(() => (producedAtFirstWrite ??= produced));
      const rows = 5_000;
      const body = Readable.from(
        (function* () {
          yield 'firstname,numberofchildren\n';
          for (let i = 0; i < rows; i += 50) {
            produced += 50;
            yield Array.from({ length: 50 }, (_, j) => `P${i + j},${j % 3}\n`).join('');
          }
        })(),
      );
      const response = await post(app, '/api/import/contact?batchSize=500', body);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ created: rows, rejectedCount: 0 });
      expect(producedAtFirstWrite).toBeLessThan(rows);
    });

    it('refuses a header with an unknown column (422) before writing any row', async () => {
      const { app, engine } = await open();
      const response = await post(app, '/api/import/contact', 'firstname,shoesize\nAda,38\n');
      expect(response.statusCode).toBe(422);
      const { error } = response.json<{
        error: { code: string; message: string; details: { path: string }[] };
      }>();
      expect(error.code).toBe('INVALID_RECORD');
      expect(error.message).toContain('"shoesize"');
      expect(error.details.map((d) => d.path)).toEqual(['header[1]']);
      expect(await engine.store.records.count('contact')).toBe(0);
    });

    it('answers through a real port, also when it refuses the header before reading the whole body', async () => {
      const { app } = await open();
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const send = (body: string) =>
        fetch(`${address}/api/import/contact`, { method: 'POST', headers, body });
      const refused = await send('firstname,shoesize\n' + 'Ada,38\n'.repeat(200_000));
      expect(refused.status).toBe(422);
      const loaded = await send('firstname,lastname\n' + 'Ada,Lovelace\n'.repeat(20_000));
      expect(loaded.status).toBe(200);
      expect(await loaded.json()).toMatchObject({ created: 20_000, rejectedCount: 0 });
    });

    it('answers progress lines after each batch, then the result, when the client accepts NDJSON', async () => {
      const { app } = await open();
      const csv =
        'firstname,birthdate\n' +
        Array.from({ length: 25 }, (_, i) => `P${i},${i === 11 ? 'someday' : '1990-01-01'}\n`).join('');
      const response = await post(app, '/api/import/contact?batchSize=10', csv, {
        accept: 'application/x-ndjson',
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
      const lines = response.body
        .trimEnd()
        .split('\n')
        .map((text) => JSON.parse(text) as Record<string, unknown>);
      expect(lines.slice(0, -1)).toMatchObject([
        { progress: { rows: 10, created: 10, updated: 0, rejected: 0 } },
        { progress: { rows: 20, created: 19, updated: 0, rejected: 1 } },
        { progress: { rows: 25, created: 24, updated: 0, rejected: 1 } },
      ]);
      expect(lines.at(-1)).toEqual({
        result: {
          created: 24,
          updated: 0,
          rejected: [{ line: 13, reason: 'birthdate: Birthday: expected a date written YYYY-MM-DD.' }],
          rejectedCount: 1,
        },
      });
    });

    it('still answers plain JSON to a client that does not ask for NDJSON', async () => {
      const { app } = await open();
      for (const accept of ['application/json', '*/*', 'application/x-ndjson;q=0, application/json']) {
        const response = await post(app, '/api/import/contact', 'firstname\nAda\n', { accept });
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(response.json()).toEqual({ created: 1, updated: 0, rejected: [], rejectedCount: 0 });
      }
    });

    it('refuses a bad header with the usual 422 error answer also when NDJSON is asked for', async () => {
      const { app, engine } = await open();
      const response = await post(app, '/api/import/contact', 'firstname,shoesize\nAda,38\n', {
        accept: 'application/x-ndjson',
      });
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.json()).toMatchObject({ error: { code: 'INVALID_RECORD' } });
      expect(await engine.store.records.count('contact')).toBe(0);
    });

    it('sends each progress line through a real port while the rest of the file is still coming', async () => {
      const { app } = await open();
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      // The body waits for the first progress line to arrive before it sends its second half.
      let firstLineArrived: () => void = () => undefined;
      const arrived = new Promise<void>((resolve) => (firstLineArrived = resolve));
      const half = (from: number) =>
        Array.from({ length: 500 }, (_, i) => `P${from + i},Lovelace\n`).join('');
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          const encoder = new TextEncoder();
          controller.enqueue(encoder.encode('firstname,lastname\n' + half(0)));
          await arrived;
          controller.enqueue(encoder.encode(half(500)));
          controller.close();
        },
      });
      const response = await fetch(`${address}/api/import/contact?batchSize=100`, {
        method: 'POST',
        headers: { ...headers, accept: 'application/x-ndjson' },
        body,
        duplex: 'half',
      });
      expect(response.status).toBe(200);
      const decoder = new TextDecoder();
      let text = '';
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        text += decoder.decode(chunk, { stream: true });
        if (text.includes('\n')) firstLineArrived();
      }
      const lines = text.trimEnd().split('\n');
      expect(JSON.parse(lines[0] ?? '')).toMatchObject({ progress: { rows: 100 } });
      expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ result: { created: 1000, rejectedCount: 0 } });
    });

    it('answers 404 for an unknown entity, 415 for a body that is not CSV, 400 for a bad batch size, 401 without the token', async () => {
      const { app } = await open();
      expect((await post(app, '/api/import/spaceship', 'name\nx\n')).statusCode).toBe(404);
      const json = await post(app, '/api/import/contact', '{"firstname":"Ada"}', {
        'content-type': 'application/json',
      });
      expect(json.statusCode).toBe(415);
      expect(json.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
      expect((await post(app, '/api/import/contact?batchSize=0', 'firstname\nA\n')).statusCode).toBe(400);
      expect(
        (await post(app, '/api/import/contact', 'firstname\nA\n', { authorization: 'Bearer wrong' }))
          .statusCode,
      ).toBe(401);
      const empty = await post(app, '/api/import/contact', '');
      expect(empty.statusCode).toBe(422);
    });
  });
}
