import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.ts';
import {
  dynamicsContactsCsv,
  dynamicsImportedContacts,
  dynamicsImportOutcome,
  seedDynamicsAccounts,
} from '../../extensions/csv-import/csv-dynamics-fixture.ts';
import { testBackends } from '../../store/test-backends.ts';
import { buildApp } from '../app.ts';

const token = 'dynamics-import-token';
const auth = { authorization: `Bearer ${token}` };

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`Dynamics data over HTTP ${backend.label}`, () => {
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

    it('POST /api/import/contact loads a contacts file as Dynamics exports it', async () => {
      const { app, engine } = await open();
      await seedDynamicsAccounts(engine);
      const response = await app.inject({
        method: 'POST',
        url: '/api/import/contact',
        headers: { ...auth, 'content-type': 'text/csv' },
        payload: dynamicsContactsCsv,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(dynamicsImportOutcome);
      for (const [id, values] of Object.entries(dynamicsImportedContacts)) {
        const read = await app.inject({ method: 'GET', url: `/api/contacts/${id}`, headers: auth });
        expect(read.json()).toMatchObject(values);
      }
    });

    it('refuses a header whose display name two attributes share (422), naming both', async () => {
      const { app } = await open();
      const added = await app.inject({
        method: 'POST',
        url: '/api/schema/contact/attributes',
        headers: auth,
        payload: { name: 'workemail', displayName: 'Email', type: 'string' },
      });
      expect(added.statusCode).toBe(201);
      const response = await app.inject({
        method: 'POST',
        url: '/api/import/contact',
        headers: { ...auth, 'content-type': 'text/csv' },
        payload: 'First Name,Email\nAda,ada@example.com\n',
      });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        error: {
          code: 'INVALID_RECORD',
          details: [{ code: 'AMBIGUOUS_COLUMN', path: 'header[1]' }],
        },
      });
      expect(response.json<{ error: { message: string } }>().error.message).toContain(
        '"Email" (emailaddress1) and "Email" (workemail)',
      );
    });

    it('takes a choice sent as JSON as its Dataverse integer value, but not its label', async () => {
      const { app } = await open();
      const created = await app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: auth,
        payload: { firstname: 'Ada', gendercode: 2, familystatuscode: 'married' },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ gendercode: 'female', familystatuscode: 'married' });
      const labelled = await app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: auth,
        payload: { firstname: 'Grace', gendercode: 'Female' },
      });
      expect(labelled.statusCode).toBe(422);
      expect(JSON.stringify(labelled.json())).toContain('\\"Female\\" is not one of its options');
    });
  });
}
