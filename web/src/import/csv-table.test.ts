import { describe, expect, it } from 'vitest';
import { parseCsv, remapColumns, writeCsv } from './csv-table.ts';

describe('CSV in the browser', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, CRLF or LF, without a BOM', () => {
    expect(parseCsv('\uFEFFname,notes\r\n"Smith, Ada","said ""hi""\nthen left"\nBob,\n')).toEqual([
      ['name', 'notes'],
      ['Smith, Ada', 'said "hi"\nthen left'],
      ['Bob', ''],
    ]);
  });

  it('rewrites the header with the mapped names and leaves unmapped columns out of every row', () => {
    const rows = parseCsv('First,Skip me,Town\nAda,x,"Paris, France"\n');
    expect(writeCsv(remapColumns(rows, ['firstname', '', 'address1_city']))).toBe(
      'firstname,address1_city\nAda,"Paris, France"\n',
    );
  });

  it('keeps each row on the line it started on, so the server’s line numbers are the file’s', () => {
    const text = 'a,b\n"one\ntwo",x\nbad,y\n';
    const written = writeCsv(remapColumns(parseCsv(text), ['a', 'b']));
    expect(written.split('\n').indexOf('bad,y') + 1).toBe(text.split('\n').indexOf('bad,y') + 1);
  });
});
