import { describe, expect, it } from 'vitest';
import { csvField, csvLine, csvText } from './csv-fields.ts';

describe('CSV fields', () => {
  it('writes plain values as they are and empty for null', () => {
    expect(csvLine(['a', 1, true, null, undefined, '12.5000'])).toBe('a,1,true,,,12.5000\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('joins multi-choice values with ";" as the import reads them', () => {
    expect(csvField(['music', 'wine'], 'keep')).toBe('music;wine');
  });
});

describe('CSV cells a spreadsheet would read as formulas (OWASP "CSV Injection")', () => {
  it('puts a single quote before text that begins with =, +, -, @, tab or carriage return', () => {
    expect(csvText('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvText("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvText('@SUM(1+1)')).toBe("'@SUM(1+1)");
    expect(csvText('-2+3')).toBe("'-2+3");
    expect(csvText('\tx')).toBe(`"'\tx"`);
    expect(csvText('\rx')).toBe(`"'\rx"`);
  });

  it('neutralises text that looks like a number too, since it is text someone wrote', () => {
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('+1 415 555 0101')).toBe("'+1 415 555 0101");
  });

  it('leaves numbers and booleans alone: -5 stays a number', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(false)).toBe('false');
    expect(csvLine([-5, 'x', true])).toBe('-5,x,true\r\n');
  });

  it('quotes text holding ";" or a tab, where a spreadsheet may start a new cell', () => {
    expect(csvText('a;=1+1')).toBe('"a;=1+1"');
    expect(csvText('a\t=1+1')).toBe('"a\t=1+1"');
    expect(csvField(['=x', 'plain'])).toBe(`"'=x;plain"`);
  });

  it('leaves text alone that begins with anything else, a formula character inside included', () => {
    for (const text of ['Ann', 'a=b', 'x+1', ' =1+1', "'quoted", '', '＝1+1'])
      expect(csvText(text)).toBe(text);
  });

  it('writes every cell as it is, RFC 4180 only, when told to keep formulas', () => {
    expect(csvText('=1+1', 'keep')).toBe('=1+1');
    expect(csvText('a;b\tc', 'keep')).toBe('a;b\tc');
    expect(csvText('\rx', 'keep')).toBe('"\rx"');
    expect(csvLine(['@SUM(1+1)', -5, ['=x', 'y']], 'keep')).toBe('@SUM(1+1),-5,=x;y\r\n');
  });
});
