import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.ts';
import { templateGallery } from '../../extensions/templates/index.ts';
import { testBackends } from '../../store/test-backends.ts';
import { buildApp } from '../app.ts';

const token = 'template-test-token';
const auth = { authorization: `Bearer ${token}` };

const cityDefinition = (city: string) => ({
  name: `Contacts in ${city}`,
  type: 'dynamic',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [{ kind: 'condition', attribute: 'address1_city', operator: 'equals', values: [city] }],
        },
      },
    ],
  },
});

type Template = { id: string; name: string; source: string; parameters: unknown[] };

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`/api/templates ${backend.label}`, () => {
    const apps: FastifyInstance[] = [];
    afterEach(async () => {
      for (const app of apps.splice(0)) await app.close();
    });
    afterAll(() => backend.cleanup());

    const open = async () => {
      const engine = await Engine.open(await backend.open());
      const app = await buildApp({ engine, adminToken: token });
      apps.push(app);
      const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
        app.inject({ method, url, headers: auth, ...(payload === undefined ? {} : { payload }) });
      return { engine, app, call };
    };

    it('lists the gallery and saved templates, searchable by name and description', async () => {
      const { call } = await open();
      const all = await call('GET', '/api/templates');
      expect(all.statusCode).toBe(200);
      const items = all.json<{ items: Template[] }>().items;
      expect(items.length).toBe(templateGallery.length);
      expect(items.length).toBeGreaterThanOrEqual(8);
      expect(items.every((t) => t.source === 'gallery')).toBe(true);
      const saved = await call('POST', '/api/templates', {
        name: 'Sunken city',
        description: 'Atlantis folk',
        definition: cityDefinition('Atlantis'),
      });
      expect(saved.statusCode).toBe(201);
      const search = await call('GET', '/api/templates?search=atlantis');
      expect(search.json<{ items: Template[] }>().items.map((t) => t.name)).toEqual(['Sunken city']);
      const byId = await call('GET', '/api/templates/birthdays-next-week');
      expect(byId.json()).toMatchObject({
        id: 'birthdays-next-week',
        category: 'Dates',
        parameters: [{ name: 'days', default: 7 }],
      });
      expect((await call('GET', '/api/templates/nope')).statusCode).toBe(404);
    });

    it('saves any segment as a template and instantiates it as a new draft', async () => {
      const { call, engine } = await open();
      const segment = await engine.createSegment(cityDefinition('Lemuria'));
      const saved = await call('POST', '/api/templates', { fromSegment: segment.id, category: 'Mine' });
      expect(saved.statusCode).toBe(201);
      const template = saved.json<Template & { category: string }>();
      expect(template).toMatchObject({ name: 'Contacts in Lemuria', category: 'Mine', source: 'saved' });
      const made = await call('POST', `/api/templates/${template.id}/instantiate`, {
        name: 'Lemurians again',
      });
      expect(made.statusCode).toBe(201);
      expect(made.json()).toMatchObject({ name: 'Lemurians again', state: 'draft', type: 'dynamic' });
      expect((await call('DELETE', `/api/templates/${template.id}`)).statusCode).toBe(204);
      expect((await call('DELETE', `/api/templates/${template.id}`)).statusCode).toBe(404);
      expect((await call('DELETE', '/api/templates/new-contacts')).statusCode).toBe(409);
    });

    it('instantiates a gallery template with values into a draft that goes live', async () => {
      const { call, engine } = await open();
      await engine.createRecord('contact', { id: 'x', address1_city: 'Lemuria' });
      const made = await call('POST', '/api/templates/contacts-in-city/instantiate', {
        values: { city: 'Lemuria' },
      });
      expect(made.statusCode).toBe(201);
      const segment = made.json<{ id: string; name: string }>();
      expect(segment.name).toBe('Contacts in Lemuria');
      const live = await call('POST', `/api/segments/${segment.id}/go-live`);
      expect(live.json()).toMatchObject({ state: 'live', memberCount: 1 });
    });

    it('answers 400 for malformed bodies, 404 for unknown templates and segments, 422 for templates that would not work', async () => {
      const { call } = await open();
      expect(
        (await call('POST', '/api/templates', { description: 'neither a definition nor a segment' }))
          .statusCode,
      ).toBe(400);
      expect(
        (await call('POST', '/api/templates/new-contacts/instantiate', { values: { days: [1] } })).statusCode,
      ).toBe(400);
      expect((await call('POST', '/api/templates', { fromSegment: 'nope' })).statusCode).toBe(404);
      expect((await call('POST', '/api/templates/nope/instantiate', {})).statusCode).toBe(404);
      const badValue = await call('POST', '/api/templates/new-contacts/instantiate', {
        values: { days: 'soon' },
      });
      expect(badValue.statusCode).toBe(422);
      expect(badValue.json()).toMatchObject({
        error: { code: 'INVALID_DEFINITION', details: [{ code: 'INVALID_PARAMETER', path: 'values.days' }] },
      });
      const badDefinition = await call('POST', '/api/templates', {
        name: 'Broken',
        definition: { ...cityDefinition('x'), query: { blocks: [{ entity: 'spaceship' }] } },
      });
      expect(badDefinition.statusCode).toBe(422);
      expect(badDefinition.json()).toMatchObject({
        error: { details: [{ path: 'definition.query.blocks[0].entity' }] },
      });
    });

    it('answers 401 without the token', async () => {
      const { app } = await open();
      expect((await app.inject({ method: 'GET', url: '/api/templates' })).statusCode).toBe(401);
      expect(
        (await app.inject({ method: 'POST', url: '/api/templates/new-contacts/instantiate', payload: {} }))
          .statusCode,
      ).toBe(401);
    });
  });
}
