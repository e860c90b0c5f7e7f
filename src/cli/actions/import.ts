import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { importCsv, type CsvImportResult } from '../../extensions/csv-import/index.ts';
import { CliError } from '../cli-error.ts';
import type { LocationOptions } from '../data-location.ts';
import { ExitCode } from '../exit-codes.ts';
import { withEngine } from '../open-engine.ts';
import { count, printLines } from '../output.ts';
import { progressBar } from '../progress.ts';
import { fileError } from '../read-json-file.ts';

/**
 * `import <entity> <file.csv>`: streams the file into the entity, live segments kept right batch by
 * batch. Exit 0 when every row loaded, 2 when some were rejected (each listed with its line). Columns
 * the import did not read (a Dynamics export's bookkeeping columns, `Full Name`) are listed too.
 */
export async function importFile(entity: string, file: string, options: LocationOptions): Promise<ExitCode> {
  const size = await fileSize(file);
  const result = await withEngine(options, { create: true }, async (engine) => {
    const progress = progressBar(`Importing ${entity}`, size, { unit: 'bytes' });
    try {
      return await importCsv(engine, entity, createReadStream(file), {
        onProgress: (p) => {
          progress.update(p.bytes, `${count(p.rows)} rows`);
        },
      });
    } finally {
      progress.stop();
    }
  });
  await printLines(report(file, result));
  return result.rejectedCount > 0 ? ExitCode.partial : ExitCode.ok;
}

/** The size of a readable file, or an error naming the file and what is wrong with it. */
async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`Cannot use the file "${file}": it is a directory.`);
    return info.size;
  } catch (error) {
    throw error instanceof CliError ? error : fileError(file, error);
  }
}

function report(file: string, result: CsvImportResult): string[] {
  const listed = result.rejected.length;
  return [
    `${file}: ${count(result.created)} created, ${count(result.updated)} updated, ${count(result.rejectedCount)} rejected`,
    ...(result.ignoredColumns ?? []).map((c) => `  column ${JSON.stringify(c.column)} not read: ${c.reason}`),
    ...result.rejected.map((row) => `  line ${row.line}: ${row.reason}`),
    ...(listed < result.rejectedCount ? [`  (the first ${count(listed)} rejected rows are listed)`] : []),
  ];
}
