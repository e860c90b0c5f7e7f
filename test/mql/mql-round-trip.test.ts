import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conformanceBackends,
  parseCase,
  type ConformanceBackend,
} from '../conformance/conformance-backends.ts';
import { parseQuery, type Query } from '../../src/definition/index.ts';
import { parseMql, printMql } from '../../src/mql/index.ts';
import { casesByArea } from '../conformance/cases/index.ts';
import type { ConformanceCase } from '../conformance/conformance-case.ts';
import { conformanceSchema } from '../conformance/conformance-schema.ts';
import { fixture } from '../conformance/fixture.ts';

/**
 * MQL out and back in (issue 13, "How it is shown to work"): every query of the conformance table is
 * printed as MQL, read back with parseMql, and run; it must select exactly the members the case
 * expects, on the evaluator, on SQLite and on PostgreSQL (where SEGMINT_TEST_PG names a server).
 */

/** The case's query printed as MQL and read back. */
function roundTrip(c: ConformanceCase): { mql: string; query: Query } {
  const mql = printMql(parseCase(c), conformanceSchema);
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

for (const backend of conformanceBackends) {
  const title = backend.skipBecause
    ? `on ${backend.name} (skipped: ${backend.skipBecause})`
    : `on ${backend.name}`;
  describe.skipIf(backend.skipBecause !== undefined)(`definition → MQL → definition ${title}`, () => {
    let instance: ConformanceBackend | undefined;
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
