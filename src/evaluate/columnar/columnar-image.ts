import type { Schema } from '../../schema/schema.ts';
import type { AttributeValue } from '../../schema/attribute-value.ts';
import type { RecordsByEntity } from '../in-memory-records.ts';
import type { StoredRecord } from '../record-source.ts';
import { buildColumn } from './build-column.ts';
import { columnBytes, valueAt, type Column } from './column.ts';
import { tableIdJson, type TableIdJson } from './id-json.ts';

/** One entity's rows: their ids in order, the row of each id, and a column per attribute. */
export interface EntityTable {
  readonly entity: string;
  readonly ids: readonly string[];
  readonly rowOf: ReadonlyMap<string, number>;
  /** Whether `ids` are in strictly ascending order (as JavaScript compares strings). */
  readonly ascending: boolean;
  /** Each id as a JSON string, for member lists sent to the database (`id-json.ts`); made on first use. */
  readonly idJson: TableIdJson;
  /** `idJson` if it has been made, without making it. */
  readonly idJsonMade: TableIdJson | undefined;
  readonly columns: ReadonlyMap<string, Column>;
}

/**
 * A columnar in-memory image of the records segments read: for every entity of the schema (contacts,
 * accounts, leads, interactions, custom entities), one column per attribute, and each lookup also as
 * the row index of the record it names. Built once from records and the schema; `evaluateColumnar`
 * answers a whole query over it.
 *
 * @example
 * const image = ColumnarImage.build(schema, { contact: [...], account: [...] });
 * evaluateColumnar(query, 'UTC', image, { now, storedMembers }).ids(); // the member ids
 */
export class ColumnarImage {
  readonly schema: Schema;
  readonly #tables: ReadonlyMap<string, EntityTable>;
  readonly #lookupRows = new Map<string, Int32Array>();

  private constructor(schema: Schema, tables: ReadonlyMap<string, EntityTable>) {
    this.schema = schema;
    this.#tables = tables;
  }

  /** The image of `records` (by entity, in any order) as `schema` describes them; lookups resolved to rows. */
  static build(schema: Schema, records: RecordsByEntity): ColumnarImage {
    const tables: EntityTable[] = [];
    for (const [entity, rows] of Object.entries(records)) {
      const def = schema.entity(entity);
      if (def)
        tables.push(
          entityTable(
            entity,
            rows.map((record) => record.id),
            def.attributes.map((a) => buildColumn(a, rows)),
          ),
        );
    }
    return ColumnarImage.of(schema, tables);
  }

  /** The image of tables built one by one (`entityTable`), as a loader that yields between columns builds them. */
  static of(schema: Schema, entityTables: Iterable<EntityTable>): ColumnarImage {
    const tables = new Map<string, EntityTable>();
    for (const table of entityTables) if (schema.entity(table.entity)) tables.set(table.entity, table);
    const image = new ColumnarImage(schema, tables);
    // Every lookup a relationship follows, resolved now: an evaluation then only reads arrays.
    for (const entity of tables.keys())
      for (const relationship of schema.relationshipsOf(entity))
        image.lookupRows(
          relationship.lookupEntity,
          relationship.lookupAttribute,
          relationship.cardinality === 'manyToOne' ? relationship.to : relationship.from,
        );
    return image;
  }

  /** The record `id` of `entity` as the image holds it (every attribute, as the store keeps it), if it has it. */
  record(entity: string, id: string): StoredRecord | undefined {
    const table = this.table(entity);
    const row = table.rowOf.get(id);
    if (row === undefined) return undefined;
    const record: Record<string, AttributeValue> = {};
    for (const [name, column] of table.columns) {
      const value = valueAt(column, row);
      if (value !== null) record[name] = value;
    }
    return { ...record, id };
  }

  /** The rows of `entity`; an entity without records has none. */
  table(entity: string): EntityTable {
    return this.#tables.get(entity) ?? entityTable(entity, [], []);
  }

  /**
   * For each row of `entity`, the row of `target` that its lookup `attribute` names, or -1 (empty, or
   * naming no record of `target`).
   */
  lookupRows(entity: string, attribute: string, target: string): Int32Array {
    const key = `${entity}\u0000${attribute}\u0000${target}`;
    const known = this.#lookupRows.get(key);
    if (known) return known;
    const from = this.table(entity);
    const to = this.table(target).rowOf;
    const rows = new Int32Array(from.ids.length).fill(-1);
    const column = from.columns.get(attribute);
    if (column?.kind === 'dictionary') {
      const targets = Int32Array.from(column.values, (id) =>
        typeof id === 'string' ? (to.get(id) ?? -1) : -1,
      );
      column.codes.forEach((code, row) => {
        if (code >= 0) rows[row] = targets[code] ?? -1;
      });
    }
    this.#lookupRows.set(key, rows);
    return rows;
  }

  /** Bytes the image's arrays take, ids and row maps counted at a rough 80 bytes a record. */
  bytes(): number {
    let bytes = 0;
    for (const table of this.#tables.values()) {
      bytes += table.ids.length * 80;
      for (const column of table.columns.values()) bytes += columnBytes(column);
      const json = table.idJsonMade;
      if (json) bytes += json.bytes.byteLength + json.starts.byteLength;
    }
    for (const rows of this.#lookupRows.values()) bytes += rows.byteLength;
    return bytes;
  }
}

/**
 * One entity's table: its ids in row order and its columns (`buildColumn` over the same rows). The row
 * of each id is mapped on first use: an entity no lookup names (interactions) may never need it; the
 * ids' JSON too (only contacts are stored as members), unless the loader made it page by page.
 */
export function entityTable(
  entity: string,
  ids: readonly string[],
  columns: readonly Column[],
  made?: TableIdJson,
): EntityTable {
  let rowOf: Map<string, number> | undefined;
  let ascending: boolean | undefined;
  let idJson = made;
  return {
    entity,
    ids,
    get rowOf(): ReadonlyMap<string, number> {
      if (!rowOf) {
        const rows = new Map<string, number>();
        ids.forEach((id, row) => rows.set(id, row));
        rowOf = rows;
      }
      return rowOf;
    },
    get ascending(): boolean {
      if (ascending === undefined) {
        ascending = true;
        for (let r = 1; r < ids.length && ascending; r++)
          ascending = (ids[r - 1] as string) < (ids[r] as string);
      }
      return ascending;
    },
    get idJson(): TableIdJson {
      idJson ??= tableIdJson(ids);
      return idJson;
    },
    get idJsonMade(): TableIdJson | undefined {
      return idJson;
    },
    columns: new Map(columns.map((c) => [c.attribute.name, c] as const)),
  };
}
