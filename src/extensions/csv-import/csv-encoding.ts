import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { csvRecords, type CsvInput, type CsvRecord } from './csv-records.ts';

/** A line of a file that is not UTF-8: its number (as an editor counts), the first bad byte and where. */
export interface EncodingFault {
  readonly line: number;
  /** The file starts with a UTF-16 byte order mark. */
  readonly utf16?: boolean;
  /** The byte's position in its line, from 1. */
  readonly column: number;
  readonly byte: number;
}

const lf = 0x0a;
const cr = 0x0d;

/**
 * Watches the bytes of a CSV file go by, noting every line that is not valid UTF-8 (a
 * file saved as Latin-1 or Windows-1252, say), which a decoder would otherwise turn into U+FFFD without
 * a word. Lines are counted as an editor counts them (`\r\n`, `\r` and `\n` each end one), the way
 * `csvRecords` numbers records. A character split between two chunks is checked whole.
 *
 * @example
 * const check = new Utf8Check();
 * for (const chunk of chunks) check.observe(chunk);
 * check.end();
 * check.faultIn(3, 3); // { line: 3, column: 12, byte: 0xe9 }: line 3 has Latin-1 in it
 */
export class Utf8Check {
  readonly #faults = new Map<number, EncodingFault>();
  #line = 1;
  /** Bytes of the current line so far. */
  #column = 0;
  /** The last chunk ended in `\r`: a `\n` starting this one ends the same line. */
  #pendingCr = false;
  /** The start of a character cut off at the end of the last chunk. */
  #carry: Buffer = Buffer.alloc(0);
  /** The first two bytes of the file, to tell UTF-16 from other encodings. */
  #start: number[] = [];

  /** The first line from `first` to `last` that is not UTF-8, with its first bad byte. */
  faultIn(first: number, last: number): EncodingFault | undefined {
    if (this.#faults.size === 0) return undefined;
    for (let line = first; line <= last; line += 1) {
      const fault = this.#faults.get(line);
      if (fault) return fault;
    }
    return undefined;
  }

  /** Whether the file starts with a UTF-16 byte order mark (Excel's "Unicode text"). */
  get looksLikeUtf16(): boolean {
    const [a, b] = this.#start;
    return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  }

  /** Checks the next chunk of the file. Text handed in as strings was decoded already: only bytes can be malformed. */
  observe(chunk: unknown): void {
    if (Buffer.isBuffer(chunk)) this.#check(chunk);
  }

  /** The file has ended: a character cut off at its end is a fault. */
  end(): void {
    if (this.#carry.length > 0) this.#scan(this.#carry, true);
    this.#carry = Buffer.alloc(0);
  }

  #check(chunk: Buffer): void {
    if (this.#start.length < 2) this.#start.push(...chunk.subarray(0, 2 - this.#start.length));
    const bytes = this.#carry.length > 0 ? Buffer.concat([this.#carry, chunk]) : chunk;
    const cut = incompleteTail(bytes);
    const body = bytes.subarray(0, cut);
    this.#carry = Buffer.from(bytes.subarray(cut));
    if (isUtf8(body)) this.#countLines(body);
    else this.#scan(body, false);
  }

  /** Counts the line breaks of valid text, natively. */
  #countLines(body: Buffer): void {
    if (body.length === 0) return;
    const start = this.#pendingCr && body[0] === lf ? 1 : 0;
    let breaks = 0;
    for (let i = body.indexOf(lf, start); i !== -1; i = body.indexOf(lf, i + 1)) breaks += 1;
    // A `\r` ends a line unless a `\n` follows it, which ended it already.
    for (let i = body.indexOf(cr, start); i !== -1; i = body.indexOf(cr, i + 1))
      if (body[i + 1] !== lf) breaks += 1;
    this.#line += breaks;
    const lastBreak = Math.max(body.lastIndexOf(lf), body.lastIndexOf(cr));
    this.#column = lastBreak === -1 ? this.#column + body.length : body.length - lastBreak - 1;
    this.#pendingCr = body[body.length - 1] === cr;
  }

  /** Reads text with a fault in it byte by byte, noting the first bad byte of each line. */
  #scan(body: Buffer, atEnd: boolean): void {
    let i = 0;
    while (i < body.length) {
      const byte = body[i] ?? 0;
      if (byte < 0x80) {
        this.#ascii(byte);
        i += 1;
        continue;
      }
      const length = sequenceLength(body, i);
      if (length === 0 || (atEnd && i + length > body.length)) {
        if (!this.#faults.has(this.#line))
          this.#faults.set(this.#line, { line: this.#line, column: this.#column + 1, byte });
        i += 1;
        this.#column += 1;
      } else {
        i += length;
        this.#column += length;
      }
      this.#pendingCr = false;
    }
  }

  #ascii(byte: number): void {
    // `\r\n` ends one line: counted at the `\r`, the `\n` after it (in this chunk or the next) is skipped.
    if (byte === lf && this.#pendingCr) {
      this.#pendingCr = false;
      return;
    }
    this.#pendingCr = byte === cr;
    if (byte === cr || byte === lf) {
      this.#line += 1;
      this.#column = 0;
    } else {
      this.#column += 1;
    }
  }
}

/**
 * The length of the well-formed UTF-8 character starting at `at` (2 to 4 bytes), or 0 when it is not
 * one: a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, or cut short.
 */
function sequenceLength(bytes: Buffer, at: number): number {
  const lead = bytes[at] ?? 0;
  const inRange = (offset: number, low = 0x80, high = 0xbf) => {
    const b = bytes[at + offset];
    return b !== undefined && b >= low && b <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return inRange(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return inRange(1, low, high) && inRange(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return inRange(1, low, high) && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Where a character cut off by the end of `bytes` starts (its bytes go with the next chunk), or the
 * length of `bytes` when none is.
 */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

/** A fault as a reason a person can act on. */
export function encodingMessage(fault: EncodingFault): string {
  const hex = fault.byte.toString(16).toUpperCase().padStart(2, '0');
  const saved = fault.utf16
    ? 'The file is UTF-16 ("Unicode text")'
    : 'The file was probably saved as Latin-1 or Windows-1252';
  return `Line ${fault.line} is not UTF-8 text: byte ${fault.column} of the line is 0x${hex}. ${saved}; save it as UTF-8 (CSV UTF-8 in Excel) and import it again.`;
}

/** A record of a CSV file, with the first fault of its lines when they are not UTF-8. */
export type CheckedCsvRecord =
  | (Extract<CsvRecord, { kind: 'cells' }> & { readonly notUtf8?: EncodingFault | undefined })
  | Extract<CsvRecord, { kind: 'unreadable' }>;

/**
 * The records of a CSV file as `csvRecords` reads them, each with the first line it spans that is not
 * UTF-8 (`notUtf8`, a reason by `encodingMessage`). A stream handed in is left to its owner when reading
 * stops (an HTTP server still answers on its socket), as `csvRecords` leaves it.
 *
 * @example
 * for await (const record of checkedCsvRecords(file)) if (record.kind === 'cells' && record.notUtf8) …
 */
export async function* checkedCsvRecords(input: CsvInput): AsyncGenerator<CheckedCsvRecord> {
  const check = new Utf8Check();
  const stream = isStream(input);
  // Chunks are looked at as they pass, one at a time, so the import still reads only a little ahead.
  const looking = new Transform({
    highWaterMark: 0,
    transform(chunk: unknown, _encoding, done: TransformCallback) {
      check.observe(chunk);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      check.end();
      done();
    },
  });
  // A pipe does not pass errors on: a failing source fails the reading.
  const failed = (error: Error) => looking.destroy(error);
  if (stream) {
    input.on('error', failed);
    input.pipe(looking);
  }
  try {
    for await (const record of csvRecords(stream ? looking : observed(input, check))) {
      if (record.kind === 'unreadable') {
        yield record;
        continue;
      }
      const notUtf8 = check.faultIn(record.line, record.line + lineBreaksIn(record.cells));
      yield notUtf8 ? { ...record, notUtf8: withEncoding(notUtf8, check.looksLikeUtf16) } : record;
    }
  } finally {
    // A stream handed in stays its owner's: unhooked, never destroyed (csvRecords does the same).
    if (stream) {
      input.removeListener('error', failed);
      input.unpipe(looking);
    }
  }
}

/** The chunks of an iterable source, each checked as it is read. */
async function* observed(
  input: AsyncIterable<Buffer | string>,
  check: Utf8Check,
): AsyncGenerator<Buffer | string> {
  for await (const chunk of input) {
    check.observe(chunk);
    yield chunk;
  }
  check.end();
}

const withEncoding = (fault: EncodingFault, utf16: boolean): EncodingFault =>
  utf16 ? { ...fault, utf16 } : fault;

function isStream(input: CsvInput): input is NodeJS.ReadableStream {
  return typeof (input as Partial<NodeJS.ReadableStream>).pipe === 'function';
}

/** How many line breaks the cells of a record hold (a quoted cell may span lines). */
export function lineBreaksIn(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks;
}
