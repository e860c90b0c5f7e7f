import { sql, type Kysely } from 'kysely';
import { builtinEntities } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { createEntityTable, idColumnType, indexName } from './entity-ddl.ts';
import type { SegmintTables, StoreDialect } from './tables.ts';

/**
 * The database's history as an ordered list of named steps, each applied once and recorded in
 * `sm_migration`. Later work appends steps (the event log, overrides …); a step, once released, never
 * changes. Attributes added to the built-in schema later need no step: `reconcileEntityTables` adds
 * their columns on open. What differs between databases is their backend's (`Backend.types`,
 * `Backend.ddl`): a step asks it, never the database's name.
 */

type Db = Kysely<SegmintTables>;

/** One step of the database's history. */
export interface Migration {
  readonly name: string;
  up(db: Db, dialect: StoreDialect): Promise<void>;
}

/** An instant column: TEXT holding UTC ISO on SQLite, timestamptz on PostgreSQL. */
export const instantType = (dialect: StoreDialect) => backends[dialect].types.instant;

const integerType = (dialect: StoreDialect) => backends[dialect].types.integer;

/** Every step, in order. */
export const migrations: readonly Migration[] = [
  {
    name: '0001_builtin_entities',
    async up(db, dialect) {
      for (const entity of builtinEntities) await createEntityTable(db, dialect, entity);
    },
  },
  {
    name: '0002_segments_and_members',
    async up(db, dialect) {
      await db.schema
        .createTable('sm_segment')
        .addColumn('id', idColumnType(dialect), (c) => c.primaryKey().notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('draft', 'live', 'stopped')`))
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('member_count', integerType(dialect), (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', instantType(dialect), (c) => c.notNull())
        .addColumn('updated_at', instantType(dialect), (c) => c.notNull())
        .addColumn('go_live_at', instantType(dialect))
        .execute();
      const members = db.schema
        .createTable('sm_member')
        .addColumn('segment_id', idColumnType(dialect), (c) => c.notNull())
        .addColumn('contact_id', idColumnType(dialect), (c) => c.notNull())
        .addPrimaryKeyConstraint('sm_member_pk', ['segment_id', 'contact_id']);
      // A clustered primary key: a segment's members are stored together, in id order.
      await backends[dialect].ddl.clustered(members).execute();
      await db.schema
        .createIndex(indexName('sm_member', ['contact_id']))
        .on('sm_member')
        .column('contact_id')
        .execute();
    },
  },
  {
    name: '0003_custom_schema',
    async up(db, dialect) {
      await db.schema
        .createTable('sm_custom_entity')
        .addColumn('name', 'text', (c) => c.primaryKey().notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('created_at', instantType(dialect), (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sm_custom_attribute')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('created_at', instantType(dialect), (c) => c.notNull())
        .addPrimaryKeyConstraint('sm_custom_attribute_pk', ['entity', 'name'])
        .execute();
    },
  },
  {
    name: '0004_event_log_overrides_history',
    async up(db, dialect) {
      // One ordered sequence per installation: SQLite's rowid alias, PostgreSQL's identity column.
      const { ddl } = backends[dialect];
      await db.schema
        .createTable('sm_event')
        .addColumn('seq', ddl.sequenceType, ddl.sequence)
        .addColumn('segment_id', idColumnType(dialect), (c) => c.notNull())
        .addColumn('contact_id', idColumnType(dialect), (c) => c.notNull())
        .addColumn('change', 'text', (c) => c.notNull().check(sql`change in ('joined', 'left')`))
        .addColumn('at', instantType(dialect), (c) => c.notNull())
        .addColumn('cause', 'text', (c) =>
          c.notNull().check(sql`cause in ('data', 'definition', 'clock', 'manual')`),
        )
        .execute();
      await db.schema
        .createIndex(indexName('sm_event', ['segment_id', 'seq']))
        .on('sm_event')
        .columns(['segment_id', 'seq'])
        .execute();
      const overrides = db.schema
        .createTable('sm_override')
        .addColumn('segment_id', idColumnType(dialect), (c) => c.notNull())
        .addColumn('contact_id', idColumnType(dialect), (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('include', 'exclude')`))
        .addPrimaryKeyConstraint('sm_override_pk', ['segment_id', 'contact_id']);
      await ddl.clustered(overrides).execute();
      await db.schema
        .createTable('sm_member_count')
        .addColumn('segment_id', idColumnType(dialect), (c) => c.notNull())
        .addColumn('at', instantType(dialect), (c) => c.notNull())
        .addColumn('count', integerType(dialect), (c) => c.notNull())
        .addPrimaryKeyConstraint('sm_member_count_pk', ['segment_id', 'at'])
        .execute();
      await db.schema
        .createTable('sm_setting')
        .addColumn('key', 'text', (c) => c.primaryKey().notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0005_webhooks_templates',
    async up(db, dialect) {
      await db.schema
        .createTable('sm_webhook')
        .addColumn('id', idColumnType(dialect), (c) => c.primaryKey().notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('segment_ids', 'text')
        .addColumn('created_at', instantType(dialect), (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sm_webhook_cursor')
        .addColumn('webhook_id', idColumnType(dialect), (c) => c.primaryKey().notNull())
        .addColumn('last_seq', integerType(dialect), (c) => c.notNull().defaultTo(0))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', instantType(dialect))
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createTable('sm_template')
        .addColumn('id', idColumnType(dialect), (c) => c.primaryKey().notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('parameters', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('created_at', instantType(dialect), (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0006_override_contact_index',
    async up(db) {
      // Live maintenance reads every override of the contacts a write touched, across segments.
      await db.schema
        .createIndex(indexName('sm_override', ['contact_id']))
        .on('sm_override')
        .column('contact_id')
        .execute();
    },
  },
  {
    name: '0007_contact_sort_key_indexes',
    async up(db, dialect) {
      // Member pages sorted by name or email walk these in order and probe membership per contact, so
      // a page of a large segment reads about a page of rows. Each expression is, to the character, the
      // sort key `member-page.ts` orders by (the shared case fold, '' when missing; code point order on
      // PostgreSQL), then id; SQLite accepts its fold because the connection registers it deterministic.
      for (const column of ['fullname', 'emailaddress1']) {
        const name = sql.id(indexName('contact', ['sort', column]));
        const key = backends[dialect].ddl.contactSortKey(column);
        await sql`create index ${name} on ${sql.id('contact')} (${key}, ${sql.id('id')})`.execute(db);
      }
    },
  },
  {
    name: '0008_interaction_type_index',
    async up(db) {
      // A go-live reads the contacts with interactions of some type (in a window) as one set, a
      // semi-join that this index covers without reading the table. The contact comes before the
      // date so that a live re-check, probing one contact's interactions of a type, seeks straight to
      // them: with the date second SQLite chose this index for the probe and scanned every
      // interaction of the type in the window for each contact (an import of interactions took
      // 2.16× the plain insert instead of 1.55×).
      const columns = ['type', 'contactid', 'occurredon'];
      await db.schema
        .createIndex(indexName('interaction', columns))
        .on('interaction')
        .columns(columns)
        .execute();
    },
  },
  {
    name: '0009_contact_segment_indexes',
    async up(db, dialect) {
      // SQLite's indexes of what segments test most (`backends/sqlite/sqlite-ddl.ts`).
      await backends[dialect].ddl.ownSteps['0009_contact_segment_indexes']?.(db);
    },
  },
  {
    name: '0010_members_by_segment_only',
    async up(db) {
      // Members are found by segment then contact (the primary key) only. The index by contact made
      // every go-live insert its members all over an index of every membership of every segment: at
      // a million contacts a segment of 20,000 went live in 90 ms after a dozen others instead of 30,
      // and slower with each one. A contact's segments are probed segment by segment (member-store.ts).
      await db.schema.dropIndex(indexName('sm_member', ['contact_id'])).execute();
    },
  },
  {
    name: '0011_api_keys_and_audit',
    async up(db, dialect) {
      // Keys are stored as the SHA-256 of their secret only: a secret is 32 random bytes, so a fast
      // hash is as safe as a slow one, and a lookup by hash is one index seek.
      await db.schema
        .createTable('sm_api_key')
        .addColumn('id', idColumnType(dialect), (c) => c.primaryKey().notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('read', 'write', 'admin')`))
        .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', instantType(dialect), (c) => c.notNull())
        .addColumn('created_by', idColumnType(dialect))
        .addColumn('revoked_at', instantType(dialect))
        .addColumn('last_used_at', instantType(dialect))
        .execute();
      const { ddl } = backends[dialect];
      await db.schema
        .createTable('sm_audit')
        .addColumn('seq', ddl.sequenceType, ddl.sequence)
        .addColumn('at', instantType(dialect), (c) => c.notNull())
        .addColumn('key_id', idColumnType(dialect))
        .addColumn('key_name', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_kind', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .execute();
    },
  },
  {
    name: '0012_record_tombstones',
    async up(db, dialect) {
      // The id of every deleted record, so that no new record takes it: a person created with a
      // deleted person's id must not inherit what was theirs (interactions, memberships, events).
      const tombstones = db.schema
        .createTable('sm_record_tombstone')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('id', idColumnType(dialect), (c) => c.notNull())
        .addColumn('deleted_at', instantType(dialect), (c) => c.notNull())
        .addPrimaryKeyConstraint('sm_record_tombstone_pk', ['entity', 'id']);
      await backends[dialect].ddl.clustered(tombstones).execute();
    },
  },
  {
    name: '0013_postgres_segment_indexes',
    async up(db, dialect) {
      // PostgreSQL's share of 0009 (`backends/postgres/postgres-ddl.ts`).
      await backends[dialect].ddl.ownSteps['0013_postgres_segment_indexes']?.(db);
    },
  },
  {
    name: '0014_event_runs',
    async up(db, dialect) {
      // A run of joins logged in one row (`event-runs.ts`): the row is the run's last event, and
      // `contact_ids` names every contact of the run in order, the row's own last. The run's sequence
      // numbers are the ones just before the row's, so the row's `seq` is given, not assigned.
      await db.schema.alterTable('sm_event').addColumn('contact_ids', 'text').execute();
      await backends[dialect].ddl.ownSteps['0014_event_runs']?.(db);
    },
  },
];

/**
 * Applies the steps `db` has not seen, in order, and returns their names. Run inside a transaction:
 * it takes the backend's migration lock first (on PostgreSQL an advisory lock for the current
 * schema), so two processes opening the same database at once migrate it once.
 */
export async function migrate(
  db: Db,
  dialect: StoreDialect,
  steps: readonly Migration[] = migrations,
): Promise<string[]> {
  await backends[dialect].ddl.migrationLock(db);
  await db.schema
    .createTable('sm_migration')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey().notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied = new Set(
    (await db.selectFrom('sm_migration').select('name').execute()).map((row) => row.name),
  );
  const done: string[] = [];
  for (const step of steps) {
    if (applied.has(step.name)) continue;
    await step.up(db, dialect);
    await db
      .insertInto('sm_migration')
      .values({ name: step.name, applied_at: new Date().toISOString() })
      .execute();
    done.push(step.name);
  }
  return done;
}
