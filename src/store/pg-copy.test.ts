import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from './bulk-insert.ts';
import { copyField, pgParameterText } from './pg-copy.ts';
import { encodeValues } from './stored-record.ts';
import { prepareInput, stampValues } from './record-input.ts';
import type { Store } from './store.ts';
import type { StoreContext } from './store-context.ts';
import { testBackends } from './test-backends.ts';

/**
 * `bulkInsert` loads rows on PostgreSQL with COPY (`pg-copy.ts`); what it stores must be, value for
 * value, what the INSERT path stores: compared here as PostgreSQL's own text of every column, on every
 * attribute type, with the values that text formats are easiest to get wrong on.
 */

describe('COPY text', () => {
  it('escapes only what the text format reads specially, and writes null as \\N', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('a\tb\nc\rd\\e "f" \u00e9\u{1F377}')).toBe('a\\tb\\nc\\rd\\\\e "f" \u00e9\u{1F377}');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(-12)).toBe('-12');
    expect(copyField(['a"b', 'c\\d', 'x,y', '{z}', 'NULL'])).toBe(
      '{"a\\\\"b","c\\\\\\\\d","x,y","{z}","NULL"}',
    );
    expect(pgParameterText(['a"b'])).toBe('{"a\\"b"}');
  });
});

const postgres = testBackends().find((backend) => backend.name === 'postgres');

/** Values for every attribute type, with nulls, edge numbers and text that COPY must escape. */
const tricky = [
  'tab\there',
  'line\nbreak and\r\ncarriage',
  'back\\slash \\N \\t \\\\',
  'quotes "double" and \'single\'',
  'unicode: é ß Σ ς 中文 🍷 \u200b',
  'comma, {braces} [brackets] NULL',
  ' spaces around ',
  '\\',
];
const options = ['plain', 'with space', 'quote"d', 'back\\slash', 'comma,here', '{brace}', 'NULL', 'émoji🍷'];

function rowsFor(prefix: string) {
  return [
    ...tricky.map((text, i) => ({
      id: `${prefix}-text-${i}`,
      firstname: text,
      lastname: tricky[(i + 1) % tricky.length],
      address1_city: text,
      note: text,
      tags: [options[i % options.length], options[(i + 3) % options.length]],
    })),
    {
      id: `${prefix}-numbers`,
      lastname: 'Numbers',
      numberofchildren: 9_007_199_254_740_991,
      creditlimit: '-92233720368547.5807',
      annualincome: '0.0001',
      exchangerate: '12345.6789012345',
      ratio: '-0.5',
      donotbulkemail: true,
      donotemail: false,
      birthdate: '2000-02-29',
      createdon: '1970-01-01T00:00:00.001Z',
      lastseen: '2026-03-29T01:30:00.000Z',
      gendercode: 'female',
      interests: ['wine', 'cooking', 'wine'],
      tags: options,
    },
    {
      id: `${prefix}-edges`,
      lastname: 'Edges',
      numberofchildren: -9_007_199_254_740_991,
      creditlimit: '0',
      exchangerate: '0.0000000001',
      ratio: '-999999999999.999999',
      birthdate: '0001-01-01',
      createdon: '9999-12-31T23:59:59.999Z',
      lastseen: '2024-02-29T23:59:59.999Z',
    },
    { id: `${prefix}-empty`, lastname: 'Nulls only' },
  ];
}

describe.runIf(postgres && !postgres.skip)('COPY and INSERT store the same values on PostgreSQL', () => {
  let store: Store;
  const now = new Date('2026-11-29T12:00:00.000Z');
  beforeAll(async () => {
    store = await (postgres as NonNullable<typeof postgres>).open({ now: () => now });
    const added = [
      await store.addCustomAttribute('contact', {
        name: 'note',
        displayName: 'Note',
        type: 'string',
        maxLength: 1000,
      }),
      await store.addCustomAttribute('contact', {
        name: 'tags',
        displayName: 'Tags',
        type: 'multichoice',
        options: options.map((value) => ({ value })),
      }),
      await store.addCustomAttribute('contact', {
        name: 'ratio',
        displayName: 'Ratio',
        type: 'decimal',
        scale: 6,
      }),
      await store.addCustomAttribute('contact', {
        name: 'lastseen',
        displayName: 'Last seen',
        type: 'datetime',
      }),
    ];
    expect(added.every((result) => result.ok)).toBe(true);
    await store.records.create('account', { id: 'acc-1', name: 'Account' });
  });
  afterAll(() => postgres?.cleanup());

  /** Every column of the contacts whose id starts with `prefix`, as PostgreSQL prints it, by id suffix. */
  async function storedText(prefix: string): Promise<Record<string, Record<string, unknown>>> {
    const columns = [
      'id',
      ...(store
        .schema()
        .entity('contact')
        ?.attributes.map((a) => a.name) ?? []),
    ];
    const list = sql.join(columns.map((c) => sql`${sql.id(c)}::text as ${sql.id(c)}`));
    const { rows } = await sql<Record<string, unknown>>`select ${list} from contact
      where starts_with(id, ${`${prefix}-`}) order by id`.execute(store.db);
    return Object.fromEntries(rows.map((row) => [String(row.id).slice(prefix.length), { ...row, id: null }]));
  }

  it('stores through bulkInsert (COPY) what records.create (INSERT) stores', async () => {
    const copied = await store.records.bulkInsert('contact', rowsFor('copy'));
    expect(copied.rejected).toEqual([]);
    for (const row of rowsFor('create')) {
      const created = await store.records.create('contact', row);
      expect(created.ok, JSON.stringify(created)).toBe(true);
    }
    const viaCopy = await storedText('copy');
    expect(Object.keys(viaCopy)).toHaveLength(rowsFor('x').length);
    expect(viaCopy).toEqual(await storedText('create'));
    expect(viaCopy['-text-0']?.firstname).toBe('tab\there');
    expect(viaCopy['-numbers']?.creditlimit).toBe('-92233720368547.5807');
    expect(viaCopy['-empty']?.tags).toBeNull();
    // And read back as records, the kept values are the same too.
    const read = await store.records.getMany(
      'contact',
      rowsFor('copy').map((r) => r.id),
    );
    const readCreated = await store.records.getMany(
      'contact',
      rowsFor('create').map((r) => r.id),
    );
    const withoutId = (records: typeof read) =>
      records.map(({ id, ...rest }) => [id.replace(/^(copy|create)/, ''), rest]).sort();
    expect(withoutId(read)).toEqual(withoutId(readCreated));
  });

  it('stores the same through the multi-row INSERT and the COPY of insertRows', async () => {
    const def = store.schema().entity('contact');
    if (!def) throw new Error('no contact');
    const encodedFor = (prefix: string) =>
      rowsFor(prefix).map(({ id, ...values }) => {
        const prepared = prepareInput(def, values);
        if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
        return {
          id,
          ...encodeValues('postgres', def, stampValues(def, prepared.values, 'create', now.toISOString())),
        };
      });
    await store.transaction(async (tx) => {
      const context = contextOf(tx.db);
      await insertRows(context, 'contact', encodedFor('rows-insert'), 'insert');
      await insertRows(context, 'contact', encodedFor('rows-copy'), 'copy');
    });
    expect(await storedText('rows-copy')).toEqual(await storedText('rows-insert'));
  });

  it('copies on the transaction’s own connection: seen inside it at once, gone when it rolls back', async () => {
    const before = await store.records.count('contact');
    await expect(
      store.transaction(async (tx) => {
        const result = await tx.records.bulkInsert(
          'contact',
          Array.from({ length: 3_000 }, (_, i) => ({ id: `rolled-${i}`, lastname: `R${i}` })),
        );
        expect(result.inserted).toBe(3_000);
        // The same transaction reads them; another connection does not.
        expect(await tx.records.count('contact')).toBe(before + 3_000);
        expect(await store.read((other) => other.records.count('contact'))).toBe(before);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await store.records.count('contact')).toBe(before);
  });

  it('keeps the transaction usable after a refused COPY is rolled back', async () => {
    const def = store.schema().entity('contact');
    if (!def) throw new Error('no contact');
    await expect(
      store.transaction(async (tx) => {
        // Twice the same id: PostgreSQL refuses the COPY with a duplicate key.
        await insertRows(contextOf(tx.db), 'contact', [
          { id: 'twice', lastname: 'A' },
          { id: 'twice', lastname: 'B' },
        ]);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    const result = await store.records.bulkInsert('contact', [{ id: 'twice', lastname: 'Once' }]);
    expect(result.inserted).toBe(1);
  });

  function contextOf(db: Store['db']): StoreContext {
    return { dialect: 'postgres', db, inTransaction: true, schema: () => store.schema(), now: () => now };
  }
});
