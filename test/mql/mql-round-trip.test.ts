import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDefinition, parseQuery, type Query } from '../../src/definition/index.ts';
import { InMemoryRecords, isMatch, type EvaluationContext } from '../../src/evaluate/index.ts';
import { parseMql, printMql } from '../../src/mql/index.ts';
import { casesByArea } from '../conformance/cases/index.ts';
import type { ConformanceCase } from '../conformance/conformance-case.ts';
import { conformanceSchema } from '../conformance/conformance-schema.ts';
import { fixture, now, storedSegments } from '../conformance/fixture.ts';
import type { SqlBackend } from '../conformance/sql-backend.ts';

/**
 * MQL out and back in (issue 13, "How it is shown to work"): every query of the conformance table is
 * printed as MQL, read back with parseMql, and run; it must select exactly the members the case
 * expects, on the evaluator, on SQLite and on PostgreSQL (where SEGMINT_TEST_PG names a server).
 */

interface Backend {
  members(query: Query, timeZone: string): Promise<string[]>;
  close(): Promise<void>;
}

function openEvaluate(): Backend {
  const context: EvaluationContext = {
    schema: conformanceSchema,
    records: new InMemoryRecords(fixture),
    now,
    isMember: (segment, contactId) => storedSegments[segment]?.includes(contactId) ?? false,
  };
  return {
    members: (query, timeZone) =>
      Promise.resolve(fixture.contact.map((c) => c.id).filter((id) => isMatch(query, timeZone, id, context))),
    close: () => Promise.resolve(),
  };
}

const openSql = async (kind: 'sqlite' | 'postgres'): Promise<SqlBackend> =>
  (await import('../conformance/sql-backend.ts')).openSqlBackend(kind);

const backends: readonly { name: string; open: () => Promise<Backend>; skipBecause?: string }[] = [
  { name: 'evaluator', open: () => Promise.resolve(openEvaluate()) },
  { name: 'SQLite', open: () => openSql('sqlite') },
  {
    name: 'PostgreSQL',
    open: () => openSql('postgres'),
    ...(process.env.SEGMINT_TEST_PG
      ? {}
      : { skipBecause: 'SEGMINT_TEST_PG does not name a PostgreSQL server' }),
  },
];

function caseQuery(c: ConformanceCase): Query {
  const parsed = parseDefinition({ name: c.name, timeZone: c.timeZone ?? 'UTC', query: c.query });
  if (!parsed.ok || !parsed.value.query)
    return expect.fail(`the case does not parse: ${JSON.stringify(parsed)}`);
  return parsed.value.query;
}

/** The case's query printed as MQL and read back. */
function roundTrip(c: ConformanceCase): { mql: string; query: Query } {
  const mql = printMql(caseQuery(c), conformanceSchema);
  const read = parseMql(mql, conformanceSchema);
  if (!read.ok)
    return expect.fail(
      `the printed MQL does not read back:\n${mql}\n${JSON.stringify(read.problems, null, 2)}`,
    );
  const tree = parseQuery(read.query);
  if (!tree.ok)
    return expect.fail(`parseMql answered a query parseQuery refuses: ${JSON.stringify(tree.problems)}`);
  return { mql, query: tree.value };
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

for (const backend of backends) {
  const title = backend.skipBecause
    ? `on ${backend.name} (skipped: ${backend.skipBecause})`
    : `on ${backend.name}`;
  describe.skipIf(backend.skipBecause !== undefined)(`definition → MQL → definition ${title}`, () => {
    let instance: Backend | undefined;
    beforeAll(async () => {
      instance = await backend.open();
    });
    afterAll(async () => {
      await instance?.close();
    });

    describe.each(Object.entries(casesByArea))('%s', (_area, cases) => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        if (!instance) return expect.fail(`${backend.name} did not open`);
        const { mql, query } = roundTrip(c);
        const members = await instance.members(query, c.timeZone ?? 'UTC');
        expect(sorted(members), mql).toEqual(sorted(c.expected(fixture)));
      });
    });
  });
}
