/**
 * The CSV import extension: records read from CSV files as Dynamics 365 exports them (UTF-8 checked,
 * columns matched by display or logical name, lookups by name) and upserted through the engine in
 * batches, so that membership stays right as they land. It uses the engine through its public face alone.
 */
export {
  defaultImportBatchSize,
  importCsv,
  maxRejectedReported,
  type CsvImportOptions,
  type CsvImportProgress,
  type CsvImportResult,
  type RejectedRow,
} from './csv-import.ts';
export type { CsvInput } from './csv-records.ts';
