import { sql } from 'kysely';
import type { EntityDef, RelationshipDef } from '../schema/index.ts';
import { runRead, type PreparedRead } from './read-together.ts';
import { withParameters } from './statement-templates.ts';
import type { EntityRow } from './tables.ts';
import { chunks, idsPerStatement, type StoreContext } from './store-context.ts';
import { decodeRecord, recordColumns, type StoredRecord } from './stored-record.ts';

/** The records relationships link: what a write reaches, and what a pass reads beside a contact. */
export interface LinkStore {
  /**
   * The ids of `relationship.to` records linked to the `relationship.from` records `ids`: a
   * many-to-one's lookup values, or a one-to-many's records that point back.
   */
  linked(relationship: RelationshipDef, ids: ReadonlySet<string>): Promise<Set<string>>;
  /**
   * The records of `entity` whose `lookup` holds one of `ids` (at most `idsPerStatement` of them), in
   * one statement; with `limit`, no more than that many.
   */
  referencing(
    entity: EntityDef,
    lookup: string,
    ids: readonly string[],
    limit?: number,
  ): Promise<StoredRecord[]>;
  /** `referencing` as a read to run with others (`StoreSession.readTogether`). */
  referencingRead(
    entity: EntityDef,
    lookup: string,
    ids: readonly string[],
    limit?: number,
  ): PreparedRead<StoredRecord[]>;
  /**
   * The records of `entity` whose `lookup` holds one of `ids` (at most `idsPerStatement` of them),
   * each with its id, `lookup` and only the attributes in `read`: an account's contacts as a write's
   * re-check needs them, without the dozens of columns no live segment tests.
   */
  holders(
    entity: EntityDef,
    lookup: string,
    ids: readonly string[],
    read: ReadonlySet<string>,
  ): Promise<StoredRecord[]>;
}

/** The link store over `context`. */
export function linkStore(context: StoreContext): LinkStore {
  const { db } = context;
  const links: LinkStore = {
    async linked(relationship, ids) {
      const reached = new Set<string>();
      for (const slice of chunks([...ids], idsPerStatement)) {
        const lookup = sql.id(relationship.lookupAttribute);
        // Many-to-one: read the lookup of the `from` records; one-to-many: find the records that point back.
        const query =
          relationship.cardinality === 'manyToOne'
            ? sql<{
                id: string | null;
              }>`select ${lookup} as id from ${sql.id(relationship.from)} where id in (${sql.join(slice)})`
            : sql<{
                id: string | null;
              }>`select id from ${sql.id(relationship.to)} where ${lookup} in (${sql.join(slice)})`;
        const { rows } = await query.execute(db);
        for (const row of rows) if (row.id !== null) reached.add(row.id);
      }
      return reached;
    },

    referencing(entity, lookup, ids, limit) {
      return runRead(db, links.referencingRead(entity, lookup, ids, limit));
    },

    referencingRead(entity, lookup, ids, limit) {
      const select = () =>
        db
          .selectFrom(entity.name)
          .select(recordColumns(context.dialect, entity))
          .where(sql.ref(lookup), 'in', [...ids]);
      const compiled =
        limit === undefined
          ? withParameters(
              entity,
              `holders:${context.dialect}:${lookup}:${ids.length}`,
              () => select().compile(),
              ids,
            )
          : withParameters(
              entity,
              `referencing:${context.dialect}:${lookup}:${ids.length}`,
              () => select().limit(limit).compile(),
              [...ids, limit],
            );
      return {
        query: compiled,
        decode: (rows) =>
          (rows as readonly EntityRow[]).map((row) => decodeRecord(context.dialect, entity, row)),
      };
    },

    async holders(entity, lookup, ids, read) {
      const attributes = entity.attributes.filter((a) => a.name === lookup || read.has(a.name));
      const compiled = withParameters(
        holderStatements(entity, read),
        `holders:${context.dialect}:${lookup}:${ids.length}`,
        () =>
          db
            .selectFrom(entity.name)
            .select(recordColumns(context.dialect, entity, attributes))
            .where(sql.ref(lookup), 'in', [...ids])
            .compile(),
        ids,
      );
      const { rows } = await db.executeQuery(compiled);
      return (rows as readonly EntityRow[]).map((row) =>
        decodeRecord(context.dialect, entity, row, attributes),
      );
    },
  };
  return links;
}

const holderOwners = new WeakMap<EntityDef, WeakMap<ReadonlySet<string>, object>>();

/**
 * What `holders` keeps its statements under: one owner per entity definition and set of attributes
 * read, so that they go with either. A server whose live segments change all day makes a new set each
 * time, and the statements of the old ones are collected with it rather than kept for good.
 */
function holderStatements(entity: EntityDef, read: ReadonlySet<string>): object {
  let bySet = holderOwners.get(entity);
  if (!bySet) {
    bySet = new WeakMap();
    holderOwners.set(entity, bySet);
  }
  let owner = bySet.get(read);
  if (!owner) {
    owner = {};
    bySet.set(read, owner);
  }
  return owner;
}
