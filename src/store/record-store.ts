import { sql, type CompiledQuery } from 'kysely';
import type { EntityDef } from '../schema/index.ts';
import type { Problem } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { bulkInsert, type BulkInsertOptions, type BulkInsertResult } from './bulk-insert.ts';
import { isUniqueViolation } from './errors.ts';
import { computedValues } from './computed-values.ts';
import { deleteRecordWithRules, type DeleteOutcome } from './record-delete.ts';
import { prepareInput, stampValues } from './record-input.ts';
import { newRecordId } from './record-id.ts';
import { referenceProblems } from './record-references.ts';
import { reusedIdProblem } from './record-tombstones.ts';
import { takeReadAhead } from './begin-reads.ts';
import { runRead, type PreparedRead } from './read-together.ts';
import type { EntityRow } from './tables.ts';
import { withParameters } from './statement-templates.ts';
import {
  chunks,
  compareIds,
  entityOf,
  idIn,
  idsPerStatement,
  inTransaction,
  type StoreContext,
} from './store-context.ts';
import {
  decodeRecord,
  encodeValues,
  fullRecord,
  recordColumns,
  type RecordWriteResult,
  type StoredRecord,
} from './stored-record.ts';

/** Keyset paging through an entity's records by id. */
export interface ListOptions {
  readonly limit: number;
  /** Only records whose id sorts after this one (the last id of the previous page). */
  readonly after?: string;
}

/**
 * Records of any entity, by logical name. Values go in as users send them (JSON or CSV text) and come
 * back in their kept form; an entity the schema lacks is an `UnknownEntityError`.
 *
 * @example
 * const result = await store.records.create('contact', { firstname: 'Ada', birthdate: '1815-12-10' });
 * if (result.ok) result.record.fullname; // 'Ada'
 */
export interface RecordStore {
  /**
   * Creates a record; `id` is generated (time-ordered) unless given. An id taken now, or once taken by
   * a deleted record, is a `DUPLICATE_ID` problem. Lookups are not checked here: see `referenceProblems`.
   * `madeId`: the given id was just made by `newRecordId` (the engine names a record before it writes
   * it), so it is neither taken nor a deleted record's, and is not asked after.
   */
  create(
    entity: string,
    values: Readonly<Record<string, unknown>>,
    madeId?: boolean,
  ): Promise<RecordWriteResult>;
  get(entity: string, id: string): Promise<StoredRecord | undefined>;
  /** The records with these ids that exist, by id. */
  getMany(entity: string, ids: readonly string[]): Promise<StoredRecord[]>;
  /** `getMany` as a read to run with others (`StoreSession.readTogether`). */
  getManyRead(entity: string, ids: readonly string[]): PreparedRead<StoredRecord[]>;
  /**
   * Changes the attributes in `patch` (null clears one); undefined when there is no such record.
   * `current` is the record as the caller has just read it in the same transaction, to save reading it again.
   */
  update(
    entity: string,
    id: string,
    patch: Readonly<Record<string, unknown>>,
    current?: StoredRecord,
  ): Promise<RecordWriteResult | undefined>;
  /**
   * Deletes a record with what belongs to it, and clears the lookups that only referred to it, by the
   * rule of each relationship (`schema/delete-behaviour.ts`); its id and theirs are never used again.
   * Undefined when there is no such record. Memberships stay: the engine removes them and logs why.
   */
  delete(entity: string, id: string): Promise<DeleteOutcome | undefined>;
  /**
   * Inserts the good rows in one transaction and reports the others by their index in `rows`; the rows
   * in `refused` (by index, with the caller's problems, such as `referenceProblems`) are checked too
   * but never inserted. `options.absent` names ids this transaction has already looked for among the
   * entity's records and not found (an upsert's read of its rows), which are then only checked against
   * deleted records' ids.
   */
  bulkInsert(
    entity: string,
    rows: readonly Readonly<Record<string, unknown>>[],
    refused?: ReadonlyMap<number, readonly Problem[]>,
    options?: BulkInsertOptions,
  ): Promise<BulkInsertResult>;
  /**
   * The lookups of `rows` (values as users send them) that name no record, as problems by row index.
   * The writes above accept any lookup value, so that data can be loaded in any order (an account's
   * primary contact before the contact); the engine calls this before every write it makes for a user.
   * `batch` gives the ids that rows of the same write create, which rows of a self-referencing entity may name.
   */
  referenceProblems(
    entity: string,
    rows: readonly Readonly<Record<string, unknown>>[],
    batch?: ReadonlyMap<number, string>,
  ): Promise<Map<number, Problem[]>>;
  /** A page of records in id order. */
  list(entity: string, options: ListOptions): Promise<StoredRecord[]>;
  /** The records whose lookup `attribute` holds one of `ids` (a contact's interactions), by id. */
  findByLookup(entity: string, attribute: string, ids: readonly string[]): Promise<StoredRecord[]>;
  count(entity: string): Promise<number>;
}

const duplicateId = (id: string): Problem => ({
  code: 'DUPLICATE_ID',
  message: `A record with id "${id}" already exists.`,
  path: 'id',
});

/** The record store over `context`. */
export function recordStore(context: StoreContext): RecordStore {
  const { dialect } = context;

  const select = (entity: string) => {
    const def = entityOf(context, entity);
    return { def, query: context.db.selectFrom(entity).select(recordColumns(dialect, def)) };
  };

  const store: RecordStore = {
    async create(entity, values, madeId = false) {
      const def = entityOf(context, entity);
      const prepared = prepareInput(def, values);
      if (!prepared.ok) return prepared;
      const id = prepared.id ?? newRecordId();
      const now = context.now().toISOString();
      const computed = computedValues(def, prepared.values, prepared.values);
      const kept = stampValues(def, { ...prepared.values, ...computed }, 'create', now);
      try {
        return await inTransaction(context, async (tx): Promise<RecordWriteResult> => {
          // An id made here now (a UUIDv7) is neither taken nor a deleted record's: only a given one is asked after.
          const taken = prepared.id === undefined || madeId ? undefined : await idTaken(tx, def, id);
          if (taken === 'now') return { ok: false, problems: [duplicateId(id)] };
          if (taken === 'deleted') return { ok: false, problems: [reusedIdProblem(def.displayName, id)] };
          const row: EntityRow = { ...encodeValues(dialect, def, kept), id };
          const columns = Object.keys(row);
          const insert = withParameters(
            def,
            `insert:${dialect}:${columns.join(',')}`,
            () => tx.db.insertInto(entity).values(row).compile(),
            columns.map((column) => row[column]),
          );
          await tx.db.executeQuery(insert);
          return { ok: true, record: fullRecord(def, id, kept) };
        });
      } catch (error) {
        // Another connection inserted the same id between our check and our insert. Inside a caller's
        // transaction the failed statement has spoilt that transaction (PostgreSQL), so let it throw.
        if (!context.inTransaction && isUniqueViolation(error))
          return { ok: false, problems: [duplicateId(id)] };
        throw error;
      }
    },

    async get(entity, id) {
      const def = entityOf(context, entity);
      const compiled = recordQuery(context, entity, id);
      const [row] =
        takeReadAhead(context.beginReads, compiled) ?? (await context.db.executeQuery(compiled)).rows;
      return row ? decodeRecord(dialect, def, row) : undefined;
    },

    async getMany(entity, ids) {
      if (ids.length === 0) return [];
      return runRead(context.db, store.getManyRead(entity, ids));
    },

    getManyRead(entity, ids) {
      const def = entityOf(context, entity);
      const compiled = withParameters(
        def,
        `getMany:${dialect}`,
        () =>
          select(entity)
            .query.where(idIn(context, 'id', ids))
            .compile(),
        [backends[dialect].sql.idListParam(ids)],
      );
      return {
        query: compiled,
        decode: (rows) =>
          (rows as readonly EntityRow[])
            .map((row) => decodeRecord(dialect, def, row))
            .sort((a, b) => compareIds(a.id, b.id)),
      };
    },

    async update(entity, id, patch, known) {
      const def = entityOf(context, entity);
      return inTransaction(context, async (tx) => {
        const current = known?.id === id ? known : await recordStore(tx).get(entity, id);
        if (!current) return undefined;
        const prepared = prepareInput(def, patch);
        if (!prepared.ok) return prepared;
        if (prepared.id !== undefined && prepared.id !== id) {
          return {
            ok: false,
            problems: [{ code: 'ID_IMMUTABLE', message: 'A record keeps its id.', path: 'id' }],
          };
        }
        if (Object.keys(prepared.values).length === 0) return { ok: true, record: current };
        const merged = { ...current, ...prepared.values };
        const computed = computedValues(def, prepared.values, merged);
        const changes = stampValues(
          def,
          { ...prepared.values, ...computed },
          'update',
          context.now().toISOString(),
        );
        const row = encodeValues(dialect, def, changes);
        const columns = Object.keys(row);
        const compiled = withParameters(
          def,
          `update:${dialect}:${columns.join(',')}`,
          () => tx.db.updateTable(entity).set(row).where('id', '=', id).compile(),
          [...columns.map((column) => row[column]), id],
        );
        await tx.db.executeQuery(compiled);
        return { ok: true, record: { ...current, ...changes } };
      });
    },

    delete: (entity, id) => deleteRecordWithRules(context, entity, id),

    bulkInsert: (entity, rows, refused, options) => bulkInsert(context, entity, rows, refused, options),

    referenceProblems: (entity, rows, batch) => referenceProblems(context, entity, rows, batch),

    async list(entity, { limit, after }) {
      if (!Number.isSafeInteger(limit) || limit < 1)
        throw new RangeError(`limit must be a positive whole number, got ${limit}`);
      const { def, query } = select(entity);
      const page = after === undefined ? query : query.where('id', '>', after);
      const rows = await page.orderBy('id').limit(limit).execute();
      return rows.map((row) => decodeRecord(dialect, def, row));
    },

    async findByLookup(entity, attribute, ids) {
      const { def, query } = select(entity);
      if (def.attributes.find((a) => a.name === attribute)?.type !== 'lookup') {
        throw new RangeError(`${entity}.${attribute} is not a lookup`);
      }
      const found: StoredRecord[] = [];
      for (const slice of chunks(ids, idsPerStatement)) {
        const rows = await query.where(attribute, 'in', slice).execute();
        found.push(...rows.map((row) => decodeRecord(dialect, def, row)));
      }
      return found.sort((a, b) => compareIds(a.id, b.id));
    },

    async count(entity) {
      entityOf(context, entity);
      const row = await context.db
        .selectFrom(entity)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return row.count;
    },
  };
  return store;
}

/** The statement `records.get` runs: the record of `entity` with this id, every column. */
export function recordQuery(context: StoreContext, entity: string, id: string): CompiledQuery<EntityRow> {
  const def = entityOf(context, entity);
  return withParameters(
    def,
    `get:${context.dialect}`,
    () =>
      context.db
        .selectFrom(entity)
        .select(recordColumns(context.dialect, def))
        .where('id', '=', id)
        .compile() as CompiledQuery<EntityRow>,
    [id],
  );
}

/** Whether `id` names a record of `def` now, or named one that was deleted; undefined when it is free. */
async function idTaken(
  context: StoreContext,
  def: EntityDef,
  id: string,
): Promise<'now' | 'deleted' | undefined> {
  const compiled = withParameters(
    def,
    `taken:${context.dialect}`,
    () =>
      context.db
        .selectFrom(def.name)
        .select(sql<string>`'now'`.as('taken'))
        .where('id', '=', id)
        .unionAll(
          context.db
            .selectFrom('sm_record_tombstone')
            .select(sql<string>`'deleted'`.as('taken'))
            .where('entity', '=', def.name)
            .where('id', '=', id),
        )
        .compile(),
    [id, def.name, id],
  );
  const taken = (await context.db.executeQuery(compiled)).rows.map((row) => row.taken);
  return taken.includes('now') ? 'now' : taken.includes('deleted') ? 'deleted' : undefined;
}
