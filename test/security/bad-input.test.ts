import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  authorization,
  citySegment,
  createContacts,
  idOf,
  liveSegment,
  startApi,
  type Answer,
  type TestApi,
} from '../../src/api/api-test-kit.ts';
import { maxJsonDepth } from '../../src/api/json-body.ts';
import { inlineValueLimit } from '../../src/compile/value-list.ts';
import { definitionLimits } from '../../src/definition/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';

/**
 * Bad input through the HTTP API, on every backend (issue 11, item 5): each is answered with a 4xx, an
 * error code and a problem that names what is wrong and where, never a 500, and nothing is written.
 * Definitions that are large but within the limits still work.
 */

const condition = (attribute: string, operator: string, values: readonly unknown[]) => ({
  kind: 'condition',
  attribute,
  operator,
  values,
});
const group = (children: readonly unknown[], op = 'and') => ({ kind: 'group', op, children });
const contactsWhere = (where: unknown) => ({ blocks: [{ entity: 'contact', where }] });
const segmentOf = (where: unknown) => ({ name: 'Bad input', type: 'dynamic', query: contactsWhere(where) });

/** Groups nested `depth` deep, the innermost holding one condition. */
function nested(depth: number): unknown {
  let where: unknown = group([condition('address1_city', 'equals', ['Atlantis'])]);
  for (let level = 1; level < depth; level += 1) where = group([where]);
  return where;
}

/**
 * The JSON text of a segment whose groups nest `depth` deep, written out directly: `JSON.stringify`
 * recurses, and would overflow on the test's own side.
 */
function nestedText(depth: number, body: 'definition' | 'query' = 'definition'): string {
  const open = '{"kind":"group","op":"and","children":['.repeat(depth);
  const row = JSON.stringify(condition('address1_city', 'equals', ['Atlantis']));
  const where = `${open}${row}${']}'.repeat(depth)}`;
  const query = `{"blocks":[{"entity":"contact","where":${where}}]}`;
  return body === 'query' ? `{"query":${query}}` : `{"name":"Deep","type":"dynamic","query":${query}}`;
}

/** The JSON body of an answer, as an object to read fields of. */
const body = (answer: Answer) => answer.json as Record<string, unknown>;

/** The error of an answer: its status, code and the first problem. */
function refusal(answer: Answer) {
  const error = (
    answer.json as { error?: { code?: string; details?: { code: string; path: string; message: string }[] } }
  ).error;
  return { status: answer.status, code: error?.code, problems: error?.details ?? [] };
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`bad input ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    const segmentCount = async () => (await api.store.segments.list()).length;
    const contactCount = () => api.store.records.count('contact');

    describe('JSON nested deeper than any body needs', () => {
      const deepArray = '['.repeat(100_000) + ']'.repeat(100_000);
      const deepObject = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);

      it('is refused from its text on every route that takes JSON, with the path where it goes too deep', async () => {
        const segment = idOf(await api.call('POST', '/api/segments', citySegment('Kept', 'Atlantis')));
        const [contact] = await createContacts(api, [{ firstname: 'Ada' }]);
        const targets = [
          ['POST', '/api/segments'],
          ['PUT', `/api/segments/${segment}`],
          ['POST', '/api/segments/validate'],
          ['POST', '/api/segments/estimate'],
          ['POST', `/api/segments/${segment}/members`],
          ['POST', '/api/contacts'],
          ['PATCH', `/api/contacts/${contact ?? ''}`],
          ['POST', '/api/interactions'],
          ['POST', '/api/schema/entities'],
          ['POST', '/api/schema/contact/attributes'],
        ] as const;
        for (const [method, url] of targets) {
          for (const body of [deepArray, deepObject]) {
            const answer = refusal(await api.call(method, url, body));
            expect(answer, `${method} ${url}`).toMatchObject({ status: 400, code: 'JSON_TOO_DEEP' });
            expect(answer.problems[0]).toEqual({
              code: 'TOO_DEEP',
              message: `The JSON nests arrays and objects 100,000 deep; at most ${maxJsonDepth} are allowed.`,
              path:
                body === deepArray ? `body${'[0]'.repeat(maxJsonDepth)}` : `body${'.a'.repeat(maxJsonDepth)}`,
            });
          }
        }
        expect(await segmentCount()).toBe(1);
        expect(await contactCount()).toBe(1);
        expect(body(await api.call('GET', `/api/contacts/${contact ?? ''}`)).firstname).toBe('Ada');
      });
    });

    describe('groups nested too deep', () => {
      it('refuses 1,000, 2,000 and 10,000 deep on create, PUT, validate and estimate: the body is too deep', async () => {
        const id = idOf(await api.call('POST', '/api/segments', citySegment('Kept', 'Atlantis')));
        for (const depth of [1000, 2000, 10_000]) {
          for (const [method, url, body] of [
            ['POST', '/api/segments', nestedText(depth)],
            ['PUT', `/api/segments/${id}`, nestedText(depth)],
            ['POST', '/api/segments/validate', nestedText(depth)],
            ['POST', '/api/segments/estimate', nestedText(depth, 'query')],
          ] as const) {
            const answer = refusal(await api.call(method, url, body));
            expect(answer, `${method} ${url} ${depth}`).toMatchObject({ status: 400, code: 'JSON_TOO_DEEP' });
            expect(answer.problems[0]?.path).toMatch(/^body\.query\.blocks\[0\]\.where(\.children\[0\])+$/);
            expect(answer.problems[0]?.message).toContain(
              `nests arrays and objects ${(2 * depth + 6).toLocaleString('en-US')} deep`,
            );
          }
        }
        expect(await segmentCount()).toBe(1);
        expect(body(await api.call('GET', `/api/segments/${id}`)).definition).toEqual(
          citySegment('Kept', 'Atlantis'),
        );
      });

      it('refuses groups past the definition limit with 422 TOO_DEEP, the limit, the figure and the path', async () => {
        const id = idOf(await api.call('POST', '/api/segments', citySegment('Kept', 'Atlantis')));
        const definition = segmentOf(nested(definitionLimits.maxDepth + 2));
        const expected = {
          code: 'TOO_DEEP',
          message: `Groups are nested 12 deep here; a definition may nest them at most ${definitionLimits.maxDepth} deep (the where of a block, a step or a related condition counts as one level).`,
          path: `query.blocks[0].where${'.children[0]'.repeat(definitionLimits.maxDepth)}`,
        };
        for (const [method, url] of [
          ['POST', '/api/segments'],
          ['PUT', `/api/segments/${id}`],
          ['POST', '/api/segments/estimate'],
        ] as const) {
          const answer = refusal(await api.call(method, url, definition));
          expect(answer, `${method} ${url}`).toEqual({
            status: 422,
            code: 'INVALID_DEFINITION',
            problems: [expected],
          });
        }
        const validated = await api.call('POST', '/api/segments/validate', definition);
        expect(validated.status).toBe(200);
        expect(body(validated).problems).toEqual([expected]);
        expect(await segmentCount()).toBe(1);
        expect(body(await api.call('GET', `/api/segments/${id}`)).definition).toEqual(
          citySegment('Kept', 'Atlantis'),
        );
      });

      it('accepts groups nested as deep as the limit, and runs them', async () => {
        await createContacts(api, [{ address1_city: 'Atlantis' }, { address1_city: 'Lemuria' }]);
        const definition = segmentOf(nested(definitionLimits.maxDepth));
        expect((await api.call('POST', '/api/segments/estimate', definition)).json).toEqual({ count: 1 });
        expect((await api.call('POST', '/api/segments/validate', definition)).json).toEqual({ problems: [] });
        const id = await liveSegment(api, definition);
        expect(body(await api.call('GET', `/api/segments/${id}`)).memberCount).toBe(1);
      });
    });

    describe('a condition with tens of thousands of values', () => {
      for (const count of [40_000, 100_000]) {
        it(`refuses ${count.toLocaleString('en-US')} values with TOO_MANY_VALUES wherever a definition comes in`, async () => {
          const kept = idOf(await api.call('POST', '/api/segments', citySegment('Kept', 'Atlantis')));
          const list = idOf(await api.call('POST', '/api/segments', { name: 'List', type: 'static' }));
          const values = Array.from({ length: count }, (_, i) => `city ${i}`);
          const query = contactsWhere(group([condition('address1_city', 'equals', values)]));
          const definition = { name: 'Many values', query };
          const problem = (base: string) => ({
            code: 'TOO_MANY_VALUES',
            message: `This condition has ${count.toLocaleString('en-US')} values; a condition may have at most 1,000.`,
            path: `${base}.blocks[0].where.children[0].values`,
          });
          for (const [method, url, body, base] of [
            ['POST', '/api/segments', definition, 'query'],
            ['PUT', `/api/segments/${kept}`, definition, 'query'],
            ['POST', '/api/segments/estimate', { query }, 'query'],
            ['POST', `/api/segments/${list}/members`, { addByQuery: query }, 'addByQuery'],
          ] as const) {
            const answer = refusal(await api.call(method, url, body));
            expect(answer.status, `${method} ${url}`).toBe(422);
            expect(answer.code).toBe('INVALID_DEFINITION');
            expect(answer.problems).toContainEqual(problem(base));
          }
          expect(body(await api.call('POST', '/api/segments/validate', definition)).problems).toContainEqual(
            problem('query'),
          );
          expect(await segmentCount()).toBe(2);
          expect(body(await api.call('GET', `/api/segments/${kept}`)).definition).toEqual(
            citySegment('Kept', 'Atlantis'),
          );
        });
      }

      it('refuses a value longer than 4,000 characters and a definition past 256 KB, naming each', async () => {
        const long = condition('address1_city', 'contains', ['x'.repeat(5000)]);
        const answer = refusal(await api.call('POST', '/api/segments', segmentOf(group([long]))));
        expect(answer).toMatchObject({ status: 422, code: 'INVALID_DEFINITION' });
        expect(answer.problems).toEqual([
          {
            code: 'VALUE_TOO_LONG',
            message: 'This value is 5,000 characters long; a value may be at most 4,000.',
            path: 'query.blocks[0].where.children[0].values[0]',
          },
        ]);
        const rows = Array.from({ length: 100 }, () =>
          condition(
            'address1_city',
            'equals',
            Array.from({ length: 1000 }, (_, i) => `value ${i}`),
          ),
        );
        const large = refusal(await api.call('POST', '/api/segments', segmentOf(group(rows, 'or'))));
        expect(large).toMatchObject({ status: 422, code: 'INVALID_DEFINITION' });
        expect(large.problems[0]).toMatchObject({ code: 'TOO_LARGE', path: '' });
        expect(large.problems[0]?.message).toMatch(
          /^The definition is [\d,]+ bytes as JSON; at most 262,144 \(256 KB\)/,
        );
        expect(await segmentCount()).toBe(0);
      });

      it('refuses too many conditions and blocks', async () => {
        const rows = Array.from({ length: 400 }, () => condition('address1_city', 'equals', ['x']));
        expect(refusal(await api.call('POST', '/api/segments', segmentOf(group(rows))))).toEqual({
          status: 422,
          code: 'INVALID_DEFINITION',
          problems: [
            {
              code: 'TOO_MANY_CONDITIONS',
              message:
                'This query has 401 conditions, related conditions and groups; at most 300 are allowed.',
              path: 'query',
            },
          ],
        });
        const blocks = Array.from({ length: 25 }, (_, i) => ({
          entity: 'contact',
          ...(i > 0 ? { combine: 'union' } : {}),
        }));
        expect(
          refusal(await api.call('POST', '/api/segments/estimate', { query: { blocks } })),
        ).toMatchObject({
          status: 422,
          code: 'INVALID_DEFINITION',
          problems: [{ code: 'TOO_MANY_BLOCKS', path: 'query.blocks' }],
        });
        expect(await segmentCount()).toBe(0);
      });
    });

    describe('large definitions within the limits', () => {
      it('estimates the issue’s 70 KB definition (50 contains rows of 100 values)', async () => {
        await createContacts(api, [{ address1_city: 'Value 7-42 town' }, { address1_city: 'Elsewhere' }]);
        const rows = Array.from({ length: 50 }, (_, r) =>
          condition(
            'address1_city',
            'contains',
            Array.from({ length: 100 }, (_, i) => `value ${r}-${i}`),
          ),
        );
        const query = contactsWhere(group(rows, 'or'));
        expect(JSON.stringify(query).length).toBeGreaterThan(60_000);
        expect((await api.call('POST', '/api/segments/estimate', { query })).json).toEqual({ count: 1 });
      });

      it('runs the statement with the most parameters a definition can bind', async () => {
        await createContacts(api, [{ address1_city: 'Prefix 19 town' }, { address1_city: 'Elsewhere' }]);
        const values = Array.from({ length: inlineValueLimit }, (_, i) => `prefix ${i}`);
        const rows = Array.from({ length: definitionLimits.maxConditions - 1 }, () =>
          condition('address1_city', 'beginsWith', values),
        );
        const answer = await api.call('POST', '/api/segments/estimate', {
          query: contactsWhere(group(rows, 'or')),
        });
        expect(answer.json).toEqual({ count: 1 });
        const and = await api.call('POST', '/api/segments/estimate', { query: contactsWhere(group(rows)) });
        expect(and.json).toEqual({ count: 1 });
      });

      it('matches long lists of every kind exactly as short ones, bound as one parameter', async () => {
        const tags = Array.from({ length: 30 }, (_, i) => `tag${i}`);
        const attribute = await api.call('POST', '/api/schema/contact/attributes', {
          name: 'new_tags',
          displayName: 'Tags',
          type: 'multichoice',
          options: tags.map((value) => ({ value })),
        });
        expect(attribute.status).toBe(201);
        const accounts: string[] = [];
        for (let i = 0; i < 3; i += 1) {
          accounts.push(idOf(await api.call('POST', '/api/accounts', { name: `Account ${i}` })));
        }
        const people = [
          { address1_city: 'Zürich', numberofchildren: 3, creditlimit: '12.5', new_tags: ['tag1', 'tag29'] },
          {
            address1_city: 'KELVIN',
            numberofchildren: 999,
            creditlimit: '1000000',
            parentcustomerid: accounts[0],
          },
          { address1_city: 'Ostrava', numberofchildren: 1001, creditlimit: '0.0001', new_tags: ['tag2'] },
          { address1_city: 'Lisbon', parentcustomerid: accounts[2], new_tags: tags },
        ];
        await createContacts(api, people);
        const many = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
        const cities = [...many(995, (i) => `nowhere ${i}`), 'ZÜRICH', 'kelvin', 'LISBON'];
        const count = async (where: unknown) =>
          (await api.call('POST', '/api/segments/estimate', { query: contactsWhere(group([where])) }))
            .json as unknown;
        expect(await count(condition('address1_city', 'equals', cities))).toEqual({ count: 3 });
        expect(await count(condition('address1_city', 'notEquals', cities))).toEqual({ count: 1 });
        expect(
          await count(condition('address1_city', 'contains', [...many(990, (i) => `q${i}`), 'ÜRI', 'isb'])),
        ).toEqual({
          count: 2,
        });
        expect(
          await count(condition('address1_city', 'beginsWith', [...many(990, (i) => `q${i}`), 'k', 'zü'])),
        ).toEqual({
          count: 2,
        });
        expect(
          await count(condition('address1_city', 'endsWith', [...many(990, (i) => `q${i}`), 'VIN', 'RAVA'])),
        ).toEqual({
          count: 2,
        });
        expect(
          await count(condition('address1_city', 'notContains', [...many(990, (i) => `q${i}`), 'o'])),
        ).toEqual({
          count: 2,
        });
        expect(
          await count(
            condition(
              'numberofchildren',
              'equals',
              many(1000, (i) => i),
            ),
          ),
        ).toEqual({ count: 2 });
        expect(
          await count(condition('creditlimit', 'equals', [...many(998, (i) => i + 0.5), 1_000_000, 12.5])),
        ).toEqual({
          count: 2,
        });
        expect(
          await count(condition('parentcustomerid', 'equals', [...many(997, (i) => `x${i}`), ...accounts])),
        ).toEqual({
          count: 2,
        });
        expect(await count(condition('new_tags', 'containsAnyOf', tags.slice(1)))).toEqual({ count: 3 });
        expect(await count(condition('new_tags', 'containsAllOf', tags.slice(0, 25)))).toEqual({ count: 1 });
        expect(await count(condition('new_tags', 'notContainsAnyOf', tags.slice(2)))).toEqual({ count: 0 });
      });
    });

    describe('names the databases and Segmint keep for themselves', () => {
      it('refuses custom entities named sqlite_master, pg_class or sm_member with 422 naming the name', async () => {
        const entities = async () =>
          (body(await api.call('GET', '/api/schema')).entities as unknown[]).length;
        const before = await entities();
        for (const name of ['sqlite_master', 'sqlite_sequence', 'pg_class', 'pg_catalog_copy', 'sm_member']) {
          const answer = refusal(
            await api.call('POST', '/api/schema/entities', {
              name,
              displayName: 'Sneaky',
              attributes: [{ name: 'label', displayName: 'Label', type: 'string' }],
            }),
          );
          expect(answer, name).toMatchObject({ status: 422, code: 'INVALID_ENTITY' });
          expect(answer.problems).toEqual([
            {
              code: 'RESERVED_NAME',
              path: 'name',
              message: expect.stringContaining(`"${name}" is reserved`) as unknown,
            },
          ]);
        }
        expect(await entities()).toBe(before);
        // The database's own tables are untouched: records and segments still work.
        expect((await api.call('POST', '/api/contacts', { firstname: 'Ada' })).status).toBe(201);
      });

      it('refuses custom attributes named like hidden columns (xmin, ctid, rowid …) or id', async () => {
        for (const name of ['id', 'xmin', 'ctid', 'tableoid', 'oid', 'rowid', 'sm_points']) {
          const answer = refusal(
            await api.call('POST', '/api/schema/contact/attributes', {
              name,
              displayName: 'X',
              type: 'integer',
            }),
          );
          expect(answer, name).toMatchObject({ status: 422, code: 'INVALID_ATTRIBUTE' });
          expect(answer.problems[0]).toMatchObject({ code: 'RESERVED_NAME', path: 'name' });
          expect(answer.problems[0]?.message).toContain(`"${name}" is reserved`);
        }
        expect(
          api.store
            .schema()
            .entity('contact')
            ?.attributes.some((a) => a.custom),
        ).toBe(false);
      });
    });

    describe('text longer than its attribute holds', () => {
      it('refuses a 15 MB first name with 422 INVALID_RECORD naming the attribute and both lengths', async () => {
        const [ada] = await createContacts(api, [{ firstname: 'Ada' }]);
        const huge = 'x'.repeat(15 * 1024 * 1024);
        const expected = {
          code: 'INVALID_VALUE',
          message: 'First Name: is 15,728,640 characters long; it holds at most 50 (its maximum length).',
          path: 'firstname',
        };
        for (const [method, url] of [
          ['POST', '/api/contacts'],
          ['PATCH', `/api/contacts/${ada ?? ''}`],
          ['POST', '/api/records/contact'],
        ] as const) {
          const answer = refusal(await api.call(method, url, { firstname: huge, lastname: 'Lovelace' }));
          expect(answer, `${method} ${url}`).toEqual({
            status: 422,
            code: 'INVALID_RECORD',
            problems: [expected],
          });
        }
        expect(await contactCount()).toBe(1);
        expect(body(await api.call('GET', `/api/contacts/${ada ?? ''}`))).toMatchObject({ firstname: 'Ada' });
        expect(body(await api.call('GET', `/api/contacts/${ada ?? ''}`)).lastname ?? null).toBeNull();
      });

      it('holds text up to the Dataverse lengths of the built-in attributes, shown in the schema', async () => {
        const schema = body(await api.call('GET', '/api/schema'));
        const contact = (
          schema.entities as { name: string; attributes: { name: string; maxLength?: number }[] }[]
        ).find((e) => e.name === 'contact');
        const lengths = Object.fromEntries((contact?.attributes ?? []).map((a) => [a.name, a.maxLength]));
        expect(lengths).toMatchObject({ firstname: 50, lastname: 50, emailaddress1: 100, address1_city: 80 });
        expect(lengths.numberofchildren).toBeUndefined();
        expect(
          (
            await api.call('POST', '/api/contacts', {
              firstname: 'x'.repeat(50),
              address1_city: 'y'.repeat(80),
            })
          ).status,
        ).toBe(201);
        expect((await api.call('POST', '/api/contacts', { address1_city: 'y'.repeat(81) })).status).toBe(422);
      });

      it('gives custom text attributes a maximum length: 100 by default, any up to 1,048,576 when asked', async () => {
        const added = await api.call('POST', '/api/schema/contact/attributes', {
          name: 'new_notes',
          displayName: 'Notes',
          type: 'string',
          maxLength: 5000,
        });
        expect(added.status).toBe(201);
        expect(body(added).maxLength).toBe(5000);
        const plain = await api.call('POST', '/api/schema/contact/attributes', {
          name: 'new_code',
          displayName: 'Code',
          type: 'string',
        });
        expect(body(plain).maxLength).toBe(100);
        const schema = JSON.stringify(body(await api.call('GET', '/api/schema')));
        expect(schema).toContain('"name":"new_notes","displayName":"Notes","type":"string","maxLength":5000');
        expect((await api.call('POST', '/api/contacts', { new_notes: 'n'.repeat(5000) })).status).toBe(201);
        const long = refusal(await api.call('POST', '/api/contacts', { new_code: 'c'.repeat(101) }));
        expect(long).toEqual({
          status: 422,
          code: 'INVALID_RECORD',
          problems: [
            {
              code: 'INVALID_VALUE',
              message: 'Code: is 101 characters long; it holds at most 100 (its maximum length).',
              path: 'new_code',
            },
          ],
        });
        const bad = refusal(
          await api.call('POST', '/api/schema/contact/attributes', {
            name: 'new_big',
            displayName: 'Big',
            type: 'string',
            maxLength: 2_000_000,
          }),
        );
        expect(bad).toMatchObject({
          status: 422,
          problems: [{ code: 'invalid_max_length', path: 'maxLength' }],
        });
      });
    });

    describe('CSV files that are not UTF-8', () => {
      const importCsv = async (bytes: Buffer) => {
        const response = await api.app.inject({
          method: 'POST',
          url: '/api/import/contact',
          headers: { ...authorization, 'content-type': 'text/csv' },
          payload: bytes,
        });
        return { status: response.statusCode, json: response.json<Record<string, unknown>>() };
      };
      const contacts = () => api.store.records.list('contact', { limit: 100 });
      const names = async () => (await contacts()).map((r) => r.firstname).sort();

      it('refuses each row with Latin-1 bytes by its line, and loads the others unchanged', async () => {
        const file = Buffer.concat([
          Buffer.from('firstname,lastname\r\nAda,Lovelace\r\n', 'utf8'),
          Buffer.from('Zoë,Renée\r\n', 'latin1'),
          Buffer.from('Zoë,Ångström\r\n', 'utf8'),
          Buffer.from('"José\nMaría",Núñez\r\n', 'latin1'),
        ]);
        const answer = await importCsv(file);
        expect(answer.status).toBe(200);
        expect(answer.json).toMatchObject({ created: 2, updated: 0, rejectedCount: 2 });
        expect(answer.json.rejected).toEqual([
          {
            line: 3,
            reason:
              'Line 3 is not UTF-8 text: byte 3 of the line is 0xEB. The file was probably saved as Latin-1 or Windows-1252; save it as UTF-8 (CSV UTF-8 in Excel) and import it again.',
          },
          {
            line: 5,
            reason: expect.stringMatching(
              /^Line 5 is not UTF-8 text: byte 5 of the line is 0xE9\./,
            ) as unknown,
          },
        ]);
        expect(await names()).toEqual(['Ada', 'Zoë']);
        expect(JSON.stringify(await contacts())).not.toContain('\uFFFD');
      });

      it('refuses a file whose header is not UTF-8 (UTF-16, say) before writing anything', async () => {
        const answer = await importCsv(Buffer.from('\uFEFFfirstname\r\nAda\r\n', 'utf16le'));
        expect(answer.status).toBe(422);
        expect(answer.json.error).toMatchObject({
          code: 'INVALID_RECORD',
          details: [{ code: 'NOT_UTF8', path: 'line[1]' }],
        });
        expect(JSON.stringify(answer.json)).toContain('The file is UTF-16');
        expect(await contactCount()).toBe(0);
      });

      it('imports a UTF-8 file that starts with a byte order mark', async () => {
        const answer = await importCsv(
          Buffer.from('\uFEFFfirstname,address1_city\r\nZoë,Zürich\r\n', 'utf8'),
        );
        expect(answer.json).toMatchObject({ created: 1, rejectedCount: 0 });
        expect(await contacts()).toMatchObject([{ firstname: 'Zoë', address1_city: 'Zürich' }]);
      });
    });

    describe('a time zone that does not exist', () => {
      it('is refused on a draft, created or saved, naming timeZone; nothing is written', async () => {
        const draft = idOf(await api.call('POST', '/api/segments', citySegment('Draft', 'Atlantis')));
        const expected = {
          status: 422,
          code: 'INVALID_DEFINITION',
          problems: [
            {
              code: 'INVALID_TIME_ZONE',
              message:
                '"Mars/Olympus" is not a time zone. Use an IANA name such as "America/Los_Angeles", "Europe/Paris" or "UTC".',
              path: 'timeZone',
            },
          ],
        };
        const mars = { timeZone: 'Mars/Olympus' };
        expect(
          refusal(await api.call('POST', '/api/segments', citySegment('Mars', 'Atlantis', mars))),
        ).toEqual(expected);
        expect(
          refusal(await api.call('POST', '/api/segments', { name: 'Static', type: 'static', ...mars })),
        ).toEqual(expected);
        expect(
          refusal(await api.call('PUT', `/api/segments/${draft}`, citySegment('Draft', 'Atlantis', mars))),
        ).toEqual(expected);
        expect(await segmentCount()).toBe(1);
        expect(body(await api.call('GET', `/api/segments/${draft}`))).toMatchObject({
          timeZone: 'UTC',
          state: 'draft',
        });
        const paris = await api.call(
          'PUT',
          `/api/segments/${draft}`,
          citySegment('Draft', 'Atlantis', { timeZone: 'Europe/Paris' }),
        );
        expect(body(paris).timeZone).toBe('Europe/Paris');
      });
    });
  });
}
