/**
 * A CSV file as rows of cells (RFC 4180: quoted cells may hold commas, quotes doubled, and line
 * breaks), and back. Reading then writing keeps every row on the line it started on, so that the line
 * numbers the server reports for rejected rows are the lines of the file the user chose.
 */

/** The cells of each row, in order; a final empty line is not a row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the header
  for (; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Rows as CSV text, one line per row (a cell's own line breaks are kept inside its quotes). */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

/**
 * The file with its header rewritten: each column the user mapped gets the attribute's logical name,
 * and the columns mapped to nothing are left out of every row.
 *
 * @example
 * remapColumns(parseCsv('First,Town\nAda,Paris\n'), ['firstname', 'address1_city']);
 * // [['firstname', 'address1_city'], ['Ada', 'Paris']]
 */
export function remapColumns(rows: readonly (readonly string[])[], mapping: readonly string[]): string[][] {
  const kept = mapping.flatMap((name, column) => (name === '' ? [] : [column]));
  return rows.map((row, index) =>
    index === 0 ? kept.map((column) => mapping[column] as string) : kept.map((column) => row[column] ?? ''),
  );
}
