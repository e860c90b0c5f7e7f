import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { compileQuery } from '../../src/compile/index.ts';
import type { Query } from '../../src/definition/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { loyaltyScore } from './conformance-schema.ts';
import { fixture, now, storedSegments } from './fixture.ts';

/** A database backend of the conformance table: the fixture loaded, queries compiled and run. */
export interface SqlBackend {
  /** The member contact ids of `query`, read in `timeZone` at the fixture's clock. */
  members(query: Query, timeZone: string): Promise<string[]>;
  close(): Promise<void>;
}

/** Inserted in this order, so that a lookup's target is there before the records that point at it. */
const entities = ['account', 'contact', 'lead', 'interaction'] as const;

/**
 * Opens a fresh database of `kind` holding the fixture and the stored segments: SQLite in memory, or a
 * new schema `conf_…` on the PostgreSQL server that `SEGMINT_TEST_PG` names.
 */
export async function openSqlBackend(kind: 'sqlite' | 'postgres'): Promise<SqlBackend> {
  const pgSchema = `conf_${randomBytes(6).toString('hex')}`;
  const store =
    kind === 'sqlite'
      ? await openStore({ kind: 'sqlite', filename: ':memory:', now: () => now })
      : await openStore({ kind: 'postgres', url: requiredEnv('SEGMINT_TEST_PG'), pgSchema, now: () => now });
  // A PostgreSQL schema of its own per run, dropped on close so that runs leave nothing behind.
  const close = async (): Promise<void> => {
    if (kind === 'postgres') await sql`drop schema if exists ${sql.id(pgSchema)} cascade`.execute(store.db);
    await store.close();
  };
  try {
    await load(store);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    async members(query, timeZone) {
      const compiled = compileQuery(query, { schema: store.schema(), dialect: kind, now, timeZone });
      const rows = await store.query(compiled);
      return rows.map((row) => row.id);
    },
    close,
  };
}

async function load(store: Store): Promise<void> {
  const added = await store.addCustomAttribute('contact', loyaltyScore);
  if (!added.ok) throw new Error(`cannot add ${loyaltyScore.name}: ${JSON.stringify(added.problems)}`);

  for (const entity of entities) {
    const rows = fixture[entity].map((record) => {
      // The store computes fullname itself and refuses it as input.
      const values = Object.fromEntries(Object.entries(record).filter(([name]) => name !== 'fullname'));
      // An explicit null keeps modifiedon missing; absent, the store would stamp it.
      return 'modifiedon' in values || entity === 'interaction' ? values : { ...values, modifiedon: null };
    });
    const result = await store.records.bulkInsert(entity, rows);
    if (result.rejected.length > 0) {
      throw new Error(`the fixture's ${entity} rows were rejected: ${JSON.stringify(result.rejected)}`);
    }
    // The store stamps createdon on every new record; the fixture's missing ones must stay missing.
    if (entity === 'interaction') continue;
    for (const record of fixture[entity]) {
      if (record.createdon !== undefined && record.createdon !== null) continue;
      const modifiedon = 'modifiedon' in record ? record.modifiedon : null;
      await store.records.update(entity, record.id, { createdon: null, modifiedon: modifiedon ?? null });
    }
  }

  for (const [segment, members] of Object.entries(storedSegments)) {
    await store.segments.create({
      id: segment,
      name: segment,
      type: 'static',
      state: 'live',
      definition: { name: segment, type: 'static' },
    });
    await store.members.add(segment, members);
  }
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set`);
  return value;
}
