import { EngineError, type Engine } from '../../engine/index.ts';
import type { Problem } from '../../schema/index.ts';
import { checkedCsvRecords, encodingMessage, type EncodingFault } from './csv-encoding.ts';
import { importHeader, type IgnoredColumn, type ImportColumns } from './csv-header.ts';
import type { CsvInput } from './csv-records.ts';
import { csvValueReader, type CsvRow, type CsvRowValues } from './csv-values.ts';

/** A row the import refused: its line in the file (1 is the header) and what is wrong with it. */
export interface RejectedRow {
  readonly line: number;
  readonly reason: string;
}

/** How far an import has got, after each batch. */
export interface CsvImportProgress {
  /** Data rows read so far (the header not counted). */
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly rejected: number;
  /** Bytes of the file read so far, for a progress bar over a file of known size. */
  readonly bytes: number;
}

export interface CsvImportOptions {
  /** Rows per transaction; each batch re-checks each live segment once. 1,000 by default. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: CsvImportProgress) => void;
}

export interface CsvImportResult {
  readonly created: number;
  readonly updated: number;
  /** The refused rows in line order: the first `maxRejectedReported` of them. */
  readonly rejected: readonly RejectedRow[];
  /** Every refused row; more than `rejected.length` when the list was cut short. */
  readonly rejectedCount: number;
  /**
   * The columns of the file that were not read, each with why (Dynamics' bookkeeping columns, a
   * computed attribute named by its display name); absent when every column was read.
   */
  readonly ignoredColumns?: readonly IgnoredColumn[];
}

/** The most refused rows an import lists one by one; past it, only `rejectedCount` grows. */
export const maxRejectedReported = 10_000;

/** Rows per transaction when the caller does not say (what `segmint import` and the API use). */
export const defaultImportBatchSize = 1_000;

/**
 * Loads a CSV file into an entity, streaming: the file is parsed a little ahead of the writes and
 * written in batches, so a file of any size flows through in constant memory. The header row holds
 * logical or display names (`csv-header.ts`; a bad one refuses the file before anything is written); a
 * row whose `id` exists updates that record (an empty cell clears a value, a column left out is left
 * alone), every other row creates one. Files as Dynamics exports them load as they are: a choice cell
 * holds the option value, its label or its Dataverse integer value, a multi-choice cell lists them
 * separated by `;`, a lookup cell holds an id or the primary name of the record (`csv-values.ts`; a
 * name several records share refuses the row). The file is UTF-8 (a BOM is
 * fine): a row with bytes that are not is refused with its line, a header with them refuses the file,
 * rather than read with U+FFFD in their place. Each refused row is reported
 * with its line and the reason, and the good rows load. Each batch is one transaction that keeps every
 * live segment right.
 *
 * @example
 * const result = await importCsv(engine, 'contact', createReadStream('contacts.csv'));
 * // { created: 998, updated: 0, rejected: [{ line: 17, reason: 'birthdate: Birthday: expected …' }], … }
 */
export async function importCsv(
  engine: Engine,
  entity: string,
  input: CsvInput,
  options: CsvImportOptions = {},
): Promise<CsvImportResult> {
  const def = engine.store.schema().entity(entity);
  if (!def) throw new EngineError('NOT_FOUND', `There is no entity "${entity}".`);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? defaultImportBatchSize));

  let columns: ImportColumns | undefined;
  let batch: CsvRow[] = [];
  const totals = { rows: 0, created: 0, updated: 0, rejected: 0, bytes: 0 };
  const rejected: RejectedRow[] = [];
  const reject = (line: number, reason: string) => {
    totals.rejected += 1;
    if (rejected.length < maxRejectedReported) rejected.push({ line, reason });
  };

  const cells = csvValueReader(engine.store, engine.store.schema(), def);
  // A batch's cells are read while the batch before it is written, unless a lookup of the entity names
  // its own records: one of those may name a record the batch before creates.
  const readAhead = !def.attributes.some((a) => a.type === 'lookup' && a.target === def.name);
  const write = async (
    rowsRead: readonly CsvRow[],
    reading: Promise<CsvRowValues[]>,
    readSoFar: { rows: number; bytes: number },
  ) => {
    const read = await reading;
    const rows: { line: number; values: Record<string, string> }[] = [];
    rowsRead.forEach((row, i) => {
      const values = read[i];
      if (values?.ok) rows.push({ line: row.line, values: values.values });
      else reject(row.line, values?.reason ?? '');
    });
    const result = await engine.upsertRecords(
      entity,
      rows.map((row) => row.values),
    );
    totals.created += result.created.length;
    totals.updated += result.updated.length;
    for (const { index, problems } of result.rejected) reject(rows[index]?.line ?? 0, reasonOf(problems));
    // Progress counts the rows up to the end of this batch, not those parsed ahead since.
    options.onProgress?.({ ...totals, ...readSoFar });
  };
  // The batch being written: the file is parsed ahead while it runs, and the next batch's cells read
  // (`readAhead`; else only once it has committed, so that a lookup may name a record it created).
  let writing: Promise<void> | undefined;
  const flush = async () => {
    const next = batch;
    batch = [];
    const early = next.length > 0 && readAhead ? cells.read(next) : undefined;
    // Awaited by its batch's write; until then a failure must not surface as unhandled.
    early?.catch(() => undefined);
    await writing;
    if (next.length === 0) return;
    writing = write(next, early ?? cells.read(next), { rows: totals.rows, bytes: totals.bytes });
    // Its failure is thrown by the next flush (nothing more is written); never unhandled meanwhile.
    writing.catch(() => undefined);
  };

  try {
    for await (const record of checkedCsvRecords(input)) {
      if (record.kind === 'unreadable') {
        if (columns) totals.rows += 1;
        reject(record.line, record.reason);
        continue;
      }
      totals.bytes = record.bytes;
      if (!columns) {
        if (record.notUtf8) throw notUtf8File(record.notUtf8);
        columns = importHeader(def, record.cells);
        continue;
      }
      // A line of empty cells (spreadsheets leave them at the end) is a blank line, not a record.
      if (record.cells.every((cell) => cell.trim() === '')) continue;
      totals.rows += 1;
      // Bytes that are not UTF-8 were read as U+FFFD: the row is refused rather than stored so.
      if (record.notUtf8) {
        reject(record.line, encodingMessage(record.notUtf8));
        continue;
      }
      if (record.cells.length !== columns.names.length) {
        reject(
          record.line,
          `The row has ${record.cells.length} field(s) but the header has ${columns.names.length}.`,
        );
        continue;
      }
      const values: Record<string, string> = {};
      columns.names.forEach((column, i) => {
        if (column !== undefined) values[column] = record.cells[i] ?? '';
      });
      batch.push({ line: record.line, values });
      if (batch.length >= batchSize) await flush();
    }
    if (!columns) throw new EngineError('INVALID_RECORD', 'The CSV file is empty: it needs a header row.');
    await flush();
    await writing;
  } catch (error) {
    // A failure while a batch is still being written: let it finish (or fail) before answering.
    await writing?.catch(() => undefined);
    throw error;
  }
  rejected.sort((a, b) => a.line - b.line);
  return {
    created: totals.created,
    updated: totals.updated,
    rejected,
    rejectedCount: totals.rejected,
    ...(columns.ignored.length > 0 ? { ignoredColumns: columns.ignored } : {}),
  };
}

/** A header that is not UTF-8: the file is refused before anything is written. */
function notUtf8File(fault: EncodingFault): EngineError {
  const message = encodingMessage(fault);
  return new EngineError(
    'INVALID_RECORD',
    `The CSV file is not UTF-8 text (line ${fault.line}), so nothing was imported.`,
    [{ code: 'NOT_UTF8', message, path: `line[${fault.line}]` }],
  );
}

/** The store's problems with a row as one sentence per attribute: `birthdate: Birthday: expected …`. */
function reasonOf(problems: readonly Problem[]): string {
  return problems.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`)).join(' ');
}
