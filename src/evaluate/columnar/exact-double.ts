import { decimalFromInput } from '../../schema/decimal.ts';

/** Significant digits a double keeps for any decimal: two different decimals of up to 15 stay different. */
const exactDigits = 15;

/**
 * The double of a number or decimal text, when comparing doubles gives exactly what comparing the
 * decimals gives (`compareDecimals`): up to 15 significant digits, so two different decimals never
 * become one double and rounding keeps their order. Undefined for anything else.
 *
 * @example
 * exactDouble('19.9'); // 19.9
 * exactDouble('0.1000000000000000055'); // undefined: 19 significant digits
 */
export function exactDouble(value: unknown): number | undefined {
  const text = decimalFromInput(value);
  if (text === undefined) return undefined;
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  if (digits.length > exactDigits) return undefined;
  return Number(text);
}
