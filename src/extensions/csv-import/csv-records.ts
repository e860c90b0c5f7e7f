import { Readable } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';

/** One record of a CSV file: its cells and the line it starts on, or why it could not be read. */
export type CsvRecord =
  | {
      readonly kind: 'cells';
      readonly line: number;
      readonly cells: readonly string[];
      readonly bytes: number;
    }
  | { readonly kind: 'unreadable'; readonly line: number; readonly reason: string };

/** What a CSV import reads from: a Node stream (a file, an HTTP body) or any async iterable of chunks. */
export type CsvInput = NodeJS.ReadableStream | AsyncIterable<Buffer | string>;

const lineBreaks = /\r\n|\r|\n/g;

/**
 * Streams the records of a CSV file with the line each starts on, as a text editor numbers lines. The
 * parser reads ahead only a few records, so a file of any size flows through in constant memory while
 * the consumer awaits its writes. A record the parser cannot read (a stray quote) comes out as
 * `unreadable` and the records after it still flow.
 */
export async function* csvRecords(input: CsvInput): AsyncGenerator<CsvRecord> {
  // A stream that was handed in belongs to the caller: when reading stops early (a bad header), it is
  // unpiped but not destroyed, so an HTTP server can still answer on its socket and drain the body.
  const owned = !isStream(input);
  const source = isStream(input) ? input : Readable.from(input);
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  const unreadable: CsvRecord[] = [];
  parser.on('skip', (error: CsvError) => {
    const line = typeof error.lines === 'number' ? error.lines : 0;
    unreadable.push({ kind: 'unreadable', line, reason: error.message });
  });
  const failed = (error: Error) => parser.destroy(error);
  source.on('error', failed);
  source.pipe(parser);
  try {
    // csv-parse counts a CRLF inside a quoted cell as two lines; subtract the extra ones it counted.
    let extraLines = 0;
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      yield* unreadable.splice(0);
      let breaks = 0;
      for (const cell of record) {
        // Most cells hold no line break: test for one before counting.
        if (!cell.includes('\n') && !cell.includes('\r')) continue;
        breaks += cell.match(lineBreaks)?.length ?? 0;
        extraLines += cell.split('\r\n').length - 1;
      }
      yield { kind: 'cells', line: info.lines - extraLines - breaks, cells: record, bytes: info.bytes };
    }
    yield* unreadable.splice(0);
  } finally {
    source.off('error', failed);
    source.unpipe(parser);
    if (owned) (source as Readable).destroy();
  }
}

function isStream(input: CsvInput): input is NodeJS.ReadableStream {
  return typeof (input as Partial<NodeJS.ReadableStream>).pipe === 'function';
}
