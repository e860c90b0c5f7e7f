import { expect } from 'vitest';
import { parseDefinition, type Query } from '../../src/definition/index.ts';
import { InMemoryRecords, isMatch, type EvaluationContext } from '../../src/evaluate/index.ts';
import { ColumnarImage, evaluateColumnar } from '../../src/evaluate/columnar/index.ts';
import type { ConformanceCase } from './conformance-case.ts';
import { conformanceSchema } from './conformance-schema.ts';
import { fixture, now, storedSegments } from './fixture.ts';

/**
 * The backends every suite over the conformance table runs on (the table itself, and the MQL round
 * trip): the evaluator, the columnar image, SQLite, and PostgreSQL where SEGMINT_TEST_PG names a server.
 */

export type BackendName = 'evaluate' | 'columnar' | 'sqlite' | 'postgres';

/** A backend opened on the fixture: the members a query selects. */
export interface ConformanceBackend {
  members(query: Query, timeZone: string): Promise<string[]>;
  close(): Promise<void>;
}

function openEvaluate(): ConformanceBackend {
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

function openColumnar(): ConformanceBackend {
  const image = ColumnarImage.build(conformanceSchema, fixture);
  const storedMembers = (segment: string) => storedSegments[segment] ?? [];
  return {
    members: (query, timeZone) =>
      Promise.resolve(evaluateColumnar(query, timeZone, image, { now, storedMembers }).ids()),
    close: () => Promise.resolve(),
  };
}

// The SQL backends are imported lazily, so that the evaluator's run does not depend on the store loading.
const openSql = async (kind: 'sqlite' | 'postgres'): Promise<ConformanceBackend> =>
  (await import('./sql-backend.ts')).openSqlBackend(kind);

export const conformanceBackends: readonly {
  readonly name: BackendName;
  readonly open: () => Promise<ConformanceBackend>;
  readonly skipBecause?: string;
}[] = [
  { name: 'evaluate', open: () => Promise.resolve(openEvaluate()) },
  { name: 'columnar', open: () => Promise.resolve(openColumnar()) },
  { name: 'sqlite', open: () => openSql('sqlite') },
  {
    name: 'postgres',
    open: () => openSql('postgres'),
    ...(process.env.SEGMINT_TEST_PG
      ? {}
      : { skipBecause: 'SEGMINT_TEST_PG does not name a PostgreSQL server' }),
  },
];

/** The case's query, parsed as a segment definition of its time zone. */
export function parseCase(c: ConformanceCase): Query {
  const parsed = parseDefinition({ name: c.name, timeZone: c.timeZone ?? 'UTC', query: c.query });
  if (!parsed.ok) return expect.fail(`the query does not parse: ${JSON.stringify(parsed.problems)}`);
  if (!parsed.value.query) return expect.fail('the definition has no query');
  return parsed.value.query;
}
