import type { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileQuery, type DialectName } from '../src/compile/index.ts';
import { parseDefinition, type Query } from '../src/definition/index.ts';
import {
  InMemoryRecords,
  isMatch,
  type EvaluationContext,
  type RecordsByEntity,
  type StoredRecord,
} from '../src/evaluate/index.ts';
import { Schema } from '../src/schema/index.ts';
import type { Store } from '../src/store/index.ts';
import { testBackends } from '../src/store/test-backends.ts';
import { catalogOf, validateDefinition } from '../src/validate/index.ts';

/**
 * The SQL each dialect gets for a few representative definitions, pinned in
 * `__snapshots__/pinned-sql.test.ts.snap` (STYLE.md, "SQL"): a change to the compiler shows up as a
 * reviewed diff of the SQL and its parameters. Then each pinned query runs on every backend over a small
 * dataset, and must return exactly the members the evaluator computes over the same records.
 */

/** The clock of every query: a Tuesday, 17:00 UTC, 10:00 in Los Angeles (PDT). */
const now = new Date('2026-03-10T17:00:00Z');
const schema = Schema.builtin();

const accounts: StoredRecord[] = [
  { id: 'a1', name: 'Contoso Wines', industrycode: 'brewing', numberofemployees: 120 },
  // Brewing, but too small for the firmographic condition.
  { id: 'a2', name: 'Fabrikam Brewing', industrycode: 'brewing', numberofemployees: 45 },
  { id: 'a3', name: 'Adventure Works', industrycode: 'retail', numberofemployees: 5000 },
  { id: 'a4', name: 'Northwind Traders', industrycode: null, numberofemployees: null },
];

const contact = (id: string, values: Omit<StoredRecord, 'id'>): StoredRecord => ({ id, ...values });

const contacts: StoredRecord[] = [
  contact('c01', {
    firstname: 'Ann',
    address1_city: 'San Francisco',
    address1_stateorprovince: 'ca',
    gendercode: 'female',
    interests: ['travel', 'wine'],
    birthdate: '1970-05-01',
    jobtitle: 'Marketing Manager',
    emailaddress1: 'ann@example.com',
    parentcustomerid: 'a1',
  }),
  // Under 40.
  contact('c02', {
    firstname: 'Bea',
    address1_city: 'San Francisco',
    gendercode: 'female',
    interests: ['wine'],
    birthdate: '1990-01-01',
    parentcustomerid: 'a1',
  }),
  contact('c03', {
    firstname: 'Cy',
    address1_city: 'San Francisco',
    gendercode: 'male',
    interests: ['wine'],
    birthdate: '1960-02-02',
    emailaddress1: 'cy@example.com',
    parentcustomerid: 'a2',
  }),
  // Matches the example's conditions, but is a stored member of seg_unsubscribed.
  contact('c04', {
    firstname: 'Dee',
    address1_city: 'san francisco',
    gendercode: 'female',
    interests: ['cooking', 'wine'],
    birthdate: '1980-03-09',
    parentcustomerid: 'a2',
  }),
  contact('c05', {
    firstname: 'Eve',
    address1_city: 'San Francisco',
    gendercode: 'female',
    interests: ['cooking'],
    birthdate: '1975-06-06',
  }),
  contact('c06', {
    firstname: 'Fay',
    address1_city: 'Atlantis',
    gendercode: 'female',
    interests: ['wine'],
    birthdate: '1970-01-01',
    emailaddress1: 'fay@example.com',
  }),
  contact('c07', {
    firstname: 'Gus',
    address1_city: 'ATLANTIS',
    address1_stateorprovince: 'nc',
    gendercode: 'male',
  }),
  // No gender: "not (… or male)" holds, since a condition on a missing value is false.
  contact('c08', { firstname: 'Hal', address1_city: 'Atlantis', numberofchildren: 3, interests: ['wine'] }),
  contact('c09', { firstname: 'Ida', address1_stateorprovince: 'nc', gendercode: 'female' }),
  contact('c10', {
    firstname: 'Jo',
    address1_city: 'Raleigh',
    address1_stateorprovince: 'nc',
    donotbulkemail: true,
    jobtitle: 'Brewery Manager',
    emailaddress1: 'jo@example.com',
    parentcustomerid: 'a2',
  }),
  contact('c11', {
    firstname: 'Kim',
    address1_city: 'Raleigh',
    address1_stateorprovince: 'NC',
    donotbulkemail: false,
    parentcustomerid: 'a3',
  }),
  contact('c12', {
    firstname: 'Lou',
    address1_city: 'Durham',
    address1_stateorprovince: 'nc',
    emailaddress1: 'lou@example.com',
    parentcustomerid: 'a4',
  }),
  // 40 years old tomorrow in Los Angeles: not yet older than 40.
  contact('c13', {
    firstname: 'Max',
    address1_city: 'San Francisco',
    gendercode: 'female',
    interests: ['wine'],
    birthdate: '1986-03-11',
  }),
  // A trailing space: text is compared exactly apart from case.
  contact('c14', {
    firstname: 'Ned',
    address1_city: 'San Francisco ',
    gendercode: 'female',
    interests: ['wine'],
    birthdate: '1970-01-01',
  }),
  contact('c15', {
    firstname: 'Oda',
    address1_city: 'San Francisco',
    gendercode: 'female',
    interests: ['wine'],
  }),
  contact('c16', {
    firstname: 'Pat',
    address1_city: 'SAN FRANCISCO',
    gendercode: 'female',
    interests: ['art', 'wine'],
    birthdate: '1950-12-24',
  }),
];

/** Interactions around the 30-day window (2026-02-08T17:00Z, 2026-03-10T17:00Z]. */
const interactions: StoredRecord[] = [
  ...['2026-03-01T09:00:00.000Z', '2026-03-05T09:00:00.000Z', '2026-03-09T09:00:00.000Z'].map((at, i) => ({
    id: `i01-${i}`,
    type: 'EmailOpened',
    occurredon: at,
    contactid: 'c01',
  })),
  // Two inside the window and one before it.
  ...['2026-02-07T09:00:00.000Z', '2026-02-20T09:00:00.000Z', '2026-03-10T16:59:00.000Z'].map((at, i) => ({
    id: `i02-${i}`,
    type: 'EmailOpened',
    occurredon: at,
    contactid: 'c02',
  })),
  ...['2026-02-09T09:00:00.000Z', '2026-02-10T09:00:00.000Z', '2026-02-11T09:00:00.000Z'].map((at, i) => ({
    id: `i03-${i}`,
    type: 'EmailOpened',
    occurredon: at,
    contactid: 'c03',
  })),
  // Three opens and clicks in all, but only two opens.
  ...(['EmailOpened', 'EmailOpened', 'EmailClicked'] as const).map((type, i) => ({
    id: `i05-${i}`,
    type,
    occurredon: '2026-03-02T12:00:00.000Z',
    contactid: 'c05',
  })),
  // The third open is tomorrow, after the window.
  ...['2026-03-03T09:00:00.000Z', '2026-03-04T09:00:00.000Z', '2026-03-11T09:00:00.000Z'].map((at, i) => ({
    id: `i10-${i}`,
    type: 'EmailOpened',
    occurredon: at,
    contactid: 'c10',
  })),
  ...[1, 2, 3, 4].map((day) => ({
    id: `i11-${day}`,
    type: 'WebsiteVisited',
    occurredon: `2026-03-0${day}T09:00:00.000Z`,
    contactid: 'c11',
  })),
];

const records: RecordsByEntity = { account: accounts, contact: contacts, interaction: interactions };

/** Stored members of the segments that segment blocks read. */
const storedSegments: Readonly<Record<string, readonly string[]>> = {
  seg_unsubscribed: ['c04', 'c09'],
  seg_vip: ['c01', 'c06', 'c12'],
};

interface PinnedQuery {
  readonly name: string;
  readonly timeZone: string;
  readonly query: unknown;
  readonly restrictTo?: readonly string[];
  /** The members, worked out by hand from the dataset. */
  readonly members: readonly string[];
}

const condition = (attribute: string, operator: string, values?: readonly unknown[], unit?: string) => ({
  kind: 'condition',
  attribute,
  operator,
  ...(values ? { values } : {}),
  ...(unit ? { unit } : {}),
});
const and = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });
const or = (...children: unknown[]) => ({ kind: 'group', op: 'or', children });

const pinned: readonly PinnedQuery[] = [
  {
    name: 'female wine enthusiasts over 40 in San Francisco, excluding a segment',
    members: ['c01', 'c16'],
    timeZone: 'America/Los_Angeles',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: and(
            condition('address1_city', 'equals', ['San Francisco']),
            condition('gendercode', 'equals', ['female']),
            condition('interests', 'containsAnyOf', ['wine']),
            condition('birthdate', 'olderThan', [40], 'years'),
          ),
        },
        { combine: 'exclude', segment: 'seg_unsubscribed' },
      ],
    },
  },
  {
    name: 'contacts whose city equals Atlantis',
    members: ['c06', 'c07', 'c08'],
    timeZone: 'UTC',
    query: {
      blocks: [{ entity: 'contact', where: and(condition('address1_city', 'equals', ['Atlantis'])) }],
    },
  },
  {
    name: 'a nested or group beside a negated one',
    members: ['c06', 'c08', 'c09', 'c11', 'c12'],
    timeZone: 'UTC',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: and(
            or(
              condition('address1_city', 'equals', ['Atlantis']),
              condition('address1_stateorprovince', 'equals', ['nc']),
            ),
            {
              ...or(
                condition('donotbulkemail', 'equals', [true]),
                condition('gendercode', 'equals', ['male']),
              ),
              not: true,
            },
          ),
        },
      ],
    },
  },
  {
    name: 'contacts of a large brewing account (a firmographic related condition)',
    members: ['c01', 'c02'],
    timeZone: 'UTC',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: and({
            kind: 'related',
            relationship: 'parentcustomerid',
            where: and(
              condition('industrycode', 'equals', ['brewing']),
              condition('numberofemployees', 'greaterOrEqual', [50]),
            ),
          }),
        },
      ],
    },
  },
  {
    name: 'at least 3 EmailOpened in the last 30 days',
    members: ['c01', 'c03'],
    timeZone: 'UTC',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: and({
            kind: 'related',
            relationship: 'interactions',
            where: and(condition('type', 'equals', ['EmailOpened'])),
            count: { operator: 'atLeast', value: 3 },
            window: { attribute: 'occurredon', last: 30, unit: 'days' },
          }),
        },
      ],
    },
  },
  {
    name: 'managers among the contacts of brewing accounts (an account block traversing contacts)',
    members: ['c01', 'c10'],
    timeZone: 'UTC',
    query: {
      blocks: [
        {
          entity: 'account',
          where: and(condition('industrycode', 'equals', ['brewing'])),
          traverse: [
            { relationship: 'contacts', where: and(condition('jobtitle', 'contains', ['manager'])) },
          ],
        },
      ],
    },
  },
  {
    name: 'four blocks: union a segment, intersect, then exclude',
    members: ['c01', 'c06', 'c12'],
    timeZone: 'UTC',
    query: {
      blocks: [
        { entity: 'contact', where: and(condition('address1_city', 'equals', ['Raleigh'])) },
        { combine: 'union', segment: 'seg_vip' },
        { combine: 'intersect', entity: 'contact', where: and(condition('emailaddress1', 'containsData')) },
        { combine: 'exclude', entity: 'contact', where: and(condition('donotbulkemail', 'equals', [true])) },
      ],
    },
  },
  {
    // Nothing but stored members: read from the member rows alone, without the contact table.
    name: 'the members of either of two segments (segment blocks joined by union)',
    members: ['c01', 'c04', 'c06', 'c09', 'c12'],
    timeZone: 'UTC',
    query: { blocks: [{ segment: 'seg_vip' }, { combine: 'union', segment: 'seg_unsubscribed' }] },
  },
  {
    name: 'contacts in North Carolina, checking only some contacts (restricted to ids)',
    members: ['c09', 'c10', 'c12'],
    timeZone: 'UTC',
    query: {
      blocks: [{ entity: 'contact', where: and(condition('address1_stateorprovince', 'equals', ['nc'])) }],
    },
    restrictTo: ['c01', 'c09', 'c10', 'c12', 'c99'],
  },
];

function parse(p: PinnedQuery): Query {
  const parsed = parseDefinition({ name: p.name, timeZone: p.timeZone, query: p.query });
  if (!parsed.ok) return expect.fail(`${p.name} does not parse: ${JSON.stringify(parsed.problems)}`);
  if (!parsed.value.query) return expect.fail(`${p.name} has no query`);
  return parsed.value.query;
}

function compilePinned(p: PinnedQuery, dialect: DialectName): CompiledQuery<{ id: string }> {
  return compileQuery(parse(p), { schema, dialect, now, timeZone: p.timeZone, restrictTo: p.restrictTo });
}

const evaluation: EvaluationContext = {
  schema,
  records: new InMemoryRecords(records),
  now,
  isMember: (segment, contactId) => storedSegments[segment]?.includes(contactId) ?? false,
};

/** The members the evaluator computes: the oracle every backend must agree with. */
function expectedMembers(p: PinnedQuery): string[] {
  const query = parse(p);
  return contacts
    .map((c) => c.id)
    .filter((id) => p.restrictTo === undefined || p.restrictTo.includes(id))
    .filter((id) => isMatch(query, p.timeZone, id, evaluation))
    .sort();
}

const cases = pinned.map((p) => [p.name, p] as const);
const dialectNames: readonly DialectName[] = ['sqlite', 'postgres'];

describe('the pinned definitions', () => {
  it('are all accepted by the validator', () => {
    const segments = catalogOf(
      Object.keys(storedSegments).map((id) => ({ id, name: id, type: 'static', state: 'live' }) as const),
    );
    const problems = pinned.flatMap((p) => {
      const parsed = parseDefinition({ name: p.name, timeZone: p.timeZone, query: p.query });
      return parsed.ok ? validateDefinition(parsed.value, { schema, segments }) : parsed.problems;
    });
    expect(problems).toEqual([]);
  });

  it('select the members worked out by hand, and the evaluator agrees', () => {
    for (const p of pinned) expect(expectedMembers(p), p.name).toEqual(p.members);
  });
});

describe.each(dialectNames)('the SQL %s gets', (dialect) => {
  it.each(cases)('for %s', (_name, p) => {
    const { sql, parameters } = compilePinned(p, dialect);
    expect({ sql, parameters }).toMatchSnapshot();
  });
});

/** Inserted in this order, so that a lookup's target is there before the records that point at it. */
const entities = ['account', 'contact', 'interaction'] as const;

async function load(store: Store): Promise<void> {
  for (const entity of entities) {
    const result = await store.records.bulkInsert(entity, records[entity] ?? []);
    expect(result.rejected, entity).toEqual([]);
  }
  for (const [segment, members] of Object.entries(storedSegments)) await store.members.add(segment, members);
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the pinned SQL ${backend.label}`, () => {
    let store: Store | undefined;
    beforeAll(async () => {
      store = await backend.open({ now: () => now });
      await load(store);
    });
    afterAll(() => backend.cleanup());

    it.each(cases)('returns the members the evaluator computes for %s', async (_name, p) => {
      if (!store) return expect.fail(`the ${backend.name} store did not open`);
      const rows = await store.query(compilePinned(p, backend.name));
      expect(rows.map((row) => row.id).sort()).toEqual(expectedMembers(p));
    });
  });
}
