import { CompiledQuery, PostgresDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { canonicalDecimal } from '../../../schema/index.ts';
import { pgWriterLane } from './postgres-writer-lane.ts';
import { preparingMarked } from './postgres-prepared.ts';

/**
 * The PostgreSQL connection: a `pg` pool whose type parsers return Segmint's kept forms (no JS Date,
 * no float for numeric), every session in UTC, and optionally confined to one PostgreSQL schema so
 * tests can run side by side in fresh schemas. Statements go unnamed, but for the few marked to be
 * prepared once per connection (`postgres-prepared.ts`); a pooler must run in session mode anyway
 * (docs/SCALING.md).
 */

const pgInstant =
  /^(\d{4,})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?)?$/;

/** PostgreSQL's text for a timestamptz ("2026-03-01 09:30:00.123456+00") as canonical UTC ISO with ms. */
export function canonicalPgInstant(text: string): string {
  const match = pgInstant.exec(text);
  if (!match) return text; // 'infinity', BC dates: no ISO form to give
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second,
    fraction = '',
    sign,
    offsetH = '0',
    offsetM = '0',
    offsetS = '0',
  ] = match;
  const date = new Date(Date.UTC(2000, 0, 1, Number(hour), Number(minute), Number(second)));
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const offset =
    (sign === '-' ? -1 : 1) * (Number(offsetH) * 3600 + Number(offsetM) * 60 + Number(offsetS)) * 1000;
  return new Date(date.getTime() + millis - (sign ? offset : 0)).toISOString();
}

/** A timestamp without time zone as ISO text without an offset: it is a wall-clock time, not an instant. */
function wallClock(text: string): string {
  const [date = '', time = ''] = text.split(' ');
  const [whole = '', fraction = ''] = time.split('.');
  return `${date}T${whole}.${fraction.padEnd(3, '0').slice(0, 3)}`;
}

/** pg's own parser of an oid (its `TypeId` enum lists only some oids). */
const pgParser = pg.types.getTypeParser as unknown as (oid: number, format?: 'text' | 'binary') => unknown;

const parseTextArray = pgParser(1009) as (text: string) => string[]; // text[]

const parsers: Readonly<Record<number, (text: string) => unknown>> = {
  20: Number, // int8: counts and integer attributes are within 2^53 (normalizeValue checks)
  1082: (text) => text, // date stays YYYY-MM-DD, never a JS Date in the server's zone
  1114: wallClock,
  1184: canonicalPgInstant,
  1700: (text) => canonicalDecimal(text) ?? text, // numeric stays exact text; 'NaN' as is
  1016: (text) => parseTextArray(text).map(Number),
  1115: (text) => parseTextArray(text).map(wallClock),
  1182: parseTextArray,
  1185: (text) => parseTextArray(text).map(canonicalPgInstant),
  1231: (text) => parseTextArray(text).map((t) => canonicalDecimal(t) ?? t),
};

/** The `types` option of a pool: Segmint's parsers for text results, pg's own for everything else. */
export const segmintPgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    const parser = format === 'binary' ? undefined : parsers[oid];
    return parser ?? pgParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** An identifier quoted for PostgreSQL. */
export function quotePgIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates a PostgreSQL schema unless it exists, on a connection of its own. */
async function ensurePgSchema(url: string, pgSchema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema if not exists ${quotePgIdentifier(pgSchema)}`);
  } catch (error) {
    // Two stores opening the same new schema at once: the loser's "if not exists" still collides.
    if ((error as { code?: string }).code !== '23505') throw error;
  } finally {
    await client.end();
  }
}

/** How long connecting may take before the request that needed the connection gets a 503. */
const connectTimeoutMs = 10_000;

/** How long past the time limit an unanswered statement is given up on (the server's own cancel comes first). */
const unansweredSlackMs = 2_000;

/**
 * The Kysely dialect for a PostgreSQL server; with `pgSchema`, every pooled session works in that
 * schema; with `timeLimitMs`, the server cancels any statement that runs longer (`statement_timeout`),
 * rolling its transaction back, so nothing half-written remains. Read-write transactions run in the
 * database's writer lane (`writer-lane.ts`).
 */
export async function postgresDialect(
  url: string,
  options: {
    readonly pgSchema?: string | undefined;
    readonly timeLimitMs?: number | undefined;
    readonly tag: string;
  },
): Promise<Dialect> {
  const { pgSchema, timeLimitMs } = options;
  if (pgSchema !== undefined) await ensurePgSchema(url, pgSchema);
  // Named, so that an operator (and a test) can tell Segmint's sessions apart in pg_stat_activity.
  const pool = new pg.Pool({
    connectionString: url,
    types: segmintPgTypes,
    application_name: 'segmint',
    // A server that accepts connections and never answers must not hold a request for ever.
    connectionTimeoutMillis: connectTimeoutMs,
  });
  // An idle client that loses its server emits 'error'; unhandled, that would end the process. The
  // pool drops that client and the next query connects afresh, so a warning is enough.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL pool: ${error.message}`, 'SegmintStoreWarning');
  });
  // A client in use loses the pool's listener, and one whose server ends its session between two
  // statements of a transaction (pg_terminate_backend, a restart) emits 'error' with no query to take
  // it: unhandled, the process would end. Its next statement fails instead (a 503), and the pool
  // discards it when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    preparingMarked(client);
  });
  // With a time limit, a statement the server does not answer (a server that hangs, a network that
  // drops packets silently) fails here too, a little after the server's own statement_timeout would
  // have cancelled it: a 503 instead of a request that never ends. The first checkout is the
  // opening's migrations, which may build indexes over every contact: it has no limit.
  if (timeLimitMs !== undefined) {
    let migrated = false;
    pool.on('acquire', (client) => {
      (
        client as unknown as { connectionParameters: { query_timeout: number } }
      ).connectionParameters.query_timeout = migrated ? Math.round(timeLimitMs) + unansweredSlackMs : 0;
      migrated = true;
    });
  }
  return pgWriterLane(
    new PostgresDialect({
      pool,
      async onCreateConnection(connection) {
        await connection.executeQuery(CompiledQuery.raw(`set time zone 'UTC'`));
        // Segment queries are many and short: compiling one to machine code cost more than it saved
        // (330 ms of a 1M-contact go-live in BENCHMARKS.md).
        await connection.executeQuery(CompiledQuery.raw('set jit = off'));
        if (timeLimitMs !== undefined) {
          await connection.executeQuery(
            CompiledQuery.raw(`set statement_timeout = ${Math.max(1, Math.round(timeLimitMs))}`),
          );
        }
        if (pgSchema !== undefined) {
          await connection.executeQuery(
            CompiledQuery.raw(`set search_path to ${quotePgIdentifier(pgSchema)}`),
          );
        }
      },
    }),
    options.tag,
  );
}

/**
 * A connection of its own, outside the pool, in UTC and in `pgSchema`: for what holds a session
 * (`LISTEN`, the leader's advisory lock). Its errors are the caller's to handle.
 */
export async function pgSessionClient(url: string, pgSchema?: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, types: segmintPgTypes, application_name: 'segmint' });
  // Until the caller listens for them, errors of a lost connection must not end the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`set time zone 'UTC'`);
    if (pgSchema !== undefined) await client.query(`set search_path to ${quotePgIdentifier(pgSchema)}`);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}
