import { appendFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { generateDataset, type GeneratedEntity } from '../../src/demo-data/index.ts';
import { csvLine } from '../../src/engine/csv-fields.ts';
import { importColumns } from '../../src/extensions/csv-import/csv-header.ts';
import { csvRecords } from '../../src/extensions/csv-import/csv-records.ts';
import type { Store } from '../../src/store/index.ts';

/** The entities the import scenario loads from CSV, in the order it loads them. */
export const imported = ['contact', 'interaction'] as const;
export type ImportedEntity = (typeof imported)[number];

type Row = Readonly<Record<string, unknown>>;

/**
 * The baseline: the CSV file read as `importCsv` reads it (the same parser and header mapping) and each
 * batch inserted with `records.bulkInsert`, in its own transaction, with no engine. Returns the rows in.
 */
export async function plainInsert(
  store: Store,
  entity: string,
  file: string,
  batchSize: number,
): Promise<number> {
  const def = store.schema().entity(entity);
  if (!def) throw new Error(`no entity ${entity}`);
  let columns: string[] | undefined;
  let batch: Record<string, string>[] = [];
  let inserted = 0;
  const flush = async () => {
    const result = await store.records.bulkInsert(entity, batch);
    if (result.rejected.length > 0) throw new Error(`the plain insert refused a ${entity} row`);
    inserted += result.inserted;
    batch = [];
  };
  for await (const record of csvRecords(createReadStream(file))) {
    if (record.kind === 'unreadable') throw new Error(`${file}:${record.line}: ${record.reason}`);
    if (!columns) {
      columns = importColumns(def, record.cells);
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((column, i) => (values[column] = record.cells[i] ?? ''));
    batch.push(values);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return inserted;
}

function isImported(entity: GeneratedEntity): entity is ImportedEntity {
  return (imported as readonly string[]).includes(entity);
}

/**
 * Generates the dataset once: accounts go into both databases (untimed), contacts and interactions to
 * one CSV file each, with a header of the logical names the first batch uses.
 */
export async function writeCsvFiles(
  work: string,
  options: { contacts: number; seed: number; now: Date },
  ...stores: Store[]
): Promise<Record<ImportedEntity, string>> {
  const files = { contact: join(work, 'contacts.csv'), interaction: join(work, 'interactions.csv') };
  const columns = new Map<string, string[]>();
  await generateDataset(options, async (entity, rows: readonly Row[]) => {
    if (entity === 'account') {
      for (const store of stores) {
        const result = await store.records.bulkInsert(entity, rows);
        if (result.rejected.length > 0) throw new Error('an account was refused');
      }
      return;
    }
    if (!isImported(entity)) return;
    let header = columns.get(entity);
    if (!header) {
      header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
      columns.set(entity, header);
      appendFileSync(files[entity], csvLine(header, 'keep'));
    }
    const known = new Set(header);
    const lines: string[] = [];
    for (const row of rows) {
      const extra = Object.keys(row).find((key) => !known.has(key));
      if (extra !== undefined) throw new Error(`${entity}.${extra} is not in the first batch's header`);
      lines.push(
        csvLine(
          header.map((c) => row[c]),
          'keep',
        ),
      );
    }
    appendFileSync(files[entity], lines.join(''));
  });
  return files;
}

/**
 * The first `lines` lines of a CSV file (the header and the records after it) copied to `out`, for a
 * warm-up run; the generator writes no line breaks inside cells, so a line is a record.
 */
export async function csvHead(file: string, lines: number, out: string): Promise<string> {
  const reader = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const kept: string[] = [];
  for await (const line of reader) {
    kept.push(`${line}\r\n`);
    if (kept.length >= lines) break;
  }
  reader.close();
  appendFileSync(out, kept.join(''));
  return out;
}
