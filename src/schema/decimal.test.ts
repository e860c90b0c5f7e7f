import { describe, expect, it } from 'vitest';
import { canonicalDecimal, compareDecimals, decimalFromInput, fromScaled, toScaled } from './decimal.ts';

describe('exact decimals', () => {
  it('writes decimals canonically', () => {
    expect(canonicalDecimal('0019.9000')).toBe('19.9');
    expect(canonicalDecimal('-0.000')).toBe('0');
    expect(canonicalDecimal('12a')).toBeUndefined();
  });

  it('keeps 0.1 + 0.2 apart from 0.3, as floating point would not', () => {
    expect(compareDecimals('0.3', '0.30000000000000004')).toBeLessThan(0);
    expect(compareDecimals(decimalFromInput(0.1) ?? '', '0.1')).toBe(0);
  });

  it('round-trips large money values through scaled integers without loss', () => {
    expect(toScaled('12345678901.2345', 4)).toBe(123456789012345n);
    expect(fromScaled(123456789012345n, 4)).toBe('12345678901.2345');
    expect(fromScaled(-5n, 4)).toBe('-0.0005');
  });
});
