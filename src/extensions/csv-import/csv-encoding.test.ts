import { describe, expect, it } from 'vitest';
import { encodingMessage, Utf8Check, type EncodingFault } from './csv-encoding.ts';

/** Checks `chunks` as one file and returns the faulty lines. */
function check(chunks: readonly Buffer[]): { faults: EncodingFault[]; utf16: boolean } {
  const checker = new Utf8Check();
  for (const chunk of chunks) checker.observe(chunk);
  checker.end();
  const faults: EncodingFault[] = [];
  for (let line = 1; line <= 50; line += 1) {
    const fault = checker.faultIn(line, line);
    if (fault) faults.push(fault);
  }
  return { faults, utf16: checker.looksLikeUtf16 };
}

/** `bytes` cut into chunks at every position in turn, and one byte at a time. */
function cuts(bytes: Buffer): Buffer[][] {
  const ways = [[bytes], [...bytes].map((b) => Buffer.from([b]))];
  for (let at = 1; at < bytes.length; at += 1) ways.push([bytes.subarray(0, at), bytes.subarray(at)]);
  return ways;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('Utf8Check', () => {
  it('finds nothing in UTF-8, however the characters are cut', () => {
    const text = utf8('\uFEFFid,firstname\r\n,Zoë 😀\n,Ελένη\r,末廣\n');
    for (const chunks of cuts(text)) {
      const { faults } = check(chunks);
      expect(faults).toEqual([]);
    }
  });

  it('names the line and byte of Latin-1 text, counting lines as an editor does', () => {
    const text = Buffer.concat([
      utf8('id,firstname\r\n,Ada\r,Bea\n'),
      latin1(',Zoë\r\n,Renée\n'),
      utf8(',Zoë\n'),
    ]);
    for (const chunks of cuts(text)) {
      const { faults } = check(chunks);
      expect(faults).toEqual([
        { line: 4, column: 4, byte: 0xeb },
        { line: 5, column: 5, byte: 0xe9 },
      ]);
    }
  });

  it('finds overlong forms, surrogates, stray continuation bytes and a character cut off at the end', () => {
    const lines = [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0x80], [0xf4, 0x90, 0x80, 0x80], [0x41, 0xe2, 0x82]];
    const text = Buffer.concat(
      lines.map((bytes) => Buffer.from([...bytes, 0x0a])).concat(Buffer.from([0xe2, 0x82])),
    );
    const { faults } = check([text]);
    expect(faults.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(faults[4]).toEqual({ line: 5, column: 2, byte: 0xe2 });
  });

  it('tells a UTF-16 file by its byte order mark', () => {
    const { faults, utf16 } = check([Buffer.from('\uFEFFid\n', 'utf16le')]);
    expect(utf16).toBe(true);
    expect(encodingMessage({ ...(faults[0] as EncodingFault), utf16 })).toBe(
      'Line 1 is not UTF-8 text: byte 1 of the line is 0xFF. The file is UTF-16 ("Unicode text"); save it as UTF-8 (CSV UTF-8 in Excel) and import it again.',
    );
  });

  it('checks a 20 MB file of valid text quickly', () => {
    const line = utf8('c0001,Zoë,Ångström,zoe@example.com,Zürich\n');
    const big = Buffer.concat(Array.from({ length: 20_000_000 / line.length }, () => line));
    const chunks = Array.from({ length: Math.ceil(big.length / 65_536) }, (_, i) =>
      big.subarray(i * 65_536, (i + 1) * 65_536),
    );
    const started = Date.now();
    expect(check(chunks).faults).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
