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
