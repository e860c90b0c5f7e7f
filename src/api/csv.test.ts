import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv.ts';

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
    expect(csvField(['music', 'wine'])).toBe('music;wine');
  });
});
