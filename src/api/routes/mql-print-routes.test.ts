/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { citySegment, liveSegment, startApi, type TestApi } from '../api-test-kit.ts';

const cityRow = (city: string) => ({
  kind: 'condition',
  attribute: 'address1_city',
  operator: 'equals',
  values: [city],
});

/** Contacts of Seattle who are women: an unsaved design, as the designer sends it. */
const seattleWomen = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          cityRow('Seattle'),
          { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['female'] },
        ],
      },
    },
  ],
};

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`POST /api/mql/print ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('prints an unsaved query as MQL that reads back to the same query', async () => {
      const printed = await api.call('POST', '/api/mql/print', { query: seattleWomen });
      expect(printed.status).toBe(200);
      expect(printed.json.mql).toBe("PROFILE(contact).FILTER(address1_city == 'Seattle' && gendercode == 2)");
      const parsed = await api.call('POST', '/api/mql/parse', { mql: printed.json.mql });
      expect(parsed.status).toBe(200);
      expect(parsed.json.query).toEqual(seattleWomen);
    });

    it('names another segment by its name, and combines blocks one a line', async () => {
      const vip = await liveSegment(api, citySegment('VIP customers', 'Paris'));
      const query = {
        blocks: [
          { entity: 'contact', where: { kind: 'group', op: 'and', children: [cityRow('Seattle')] } },
          { combine: 'union', segment: vip },
        ],
      };
      const printed = await api.call('POST', '/api/mql/print', { query });
      expect(printed.status).toBe(200);
      expect(printed.json.mql).toBe(
        "PROFILE(contact).FILTER(address1_city == 'Seattle')\nUNION\nSEGMENT('VIP customers')",
      );
    });

    it('refuses a query that is not valid with every problem at its path', async () => {
      const query = {
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                { kind: 'condition', attribute: 'address1_cty', operator: 'equals', values: ['Seattle'] },
                { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['robot'] },
              ],
            },
          },
        ],
      };
      const answer = await api.call('POST', '/api/mql/print', { query });
      expect(answer.status).toBe(422);
      expect(answer.json.error.code).toBe('INVALID_DEFINITION');
      const paths = answer.json.error.details.map((p: { path: string }) => p.path);
      expect(paths).toContain('query.blocks[0].where.children[0].attribute');
      expect(paths.some((path: string) => path.startsWith('query.blocks[0].where.children[1]'))).toBe(true);
    });

    it('refuses an empty query and a row left blank, as the designer leaves them', async () => {
      const empty = await api.call('POST', '/api/mql/print', { query: { blocks: [] } });
      expect(empty.status).toBe(422);
      expect(empty.json.error.details[0].path).toBe('query.blocks');
      const blank = await api.call('POST', '/api/mql/print', {
        query: {
          blocks: [
            {
              entity: 'contact',
              where: {
                kind: 'group',
                op: 'and',
                children: [{ kind: 'condition', attribute: '', operator: '', values: [] }],
              },
            },
          ],
        },
      });
      expect(blank.status).toBe(422);
      expect(blank.json.error.details.length).toBeGreaterThan(0);
    });

    it('needs a key; a read key may print', async () => {
      const anonymous = await api.call('POST', '/api/mql/print', { query: seattleWomen }, {});
      expect(anonymous.status).toBe(401);
      const key = await api.call('POST', '/api/keys', { name: 'reader', scope: 'read' });
      const reader = { authorization: `Bearer ${String(key.json.secret)}` };
      const printed = await api.call('POST', '/api/mql/print', { query: seattleWomen }, reader);
      expect(printed.status).toBe(200);
    });

    it('is in the OpenAPI document', async () => {
      const doc = await api.call('GET', '/api/openapi.json', undefined, {});
      const operation = doc.json.paths['/api/mql/print'].post;
      expect(operation.operationId).toBe('printMql');
      expect(Object.keys(operation.responses as object)).toEqual(
        expect.arrayContaining(['200', '401', '422']),
      );
    });
  });
}
