/**
 * Exact decimals for `decimal` and `money` attributes: values travel as strings ("19.99") and compare as
 * scaled integers, so no value ever passes through binary floating point.
 */

const decimalPattern = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** The canonical text of a decimal ("019.90" → "19.9"), or undefined when `text` is not a decimal. */
export function canonicalDecimal(text: string): string | undefined {
  const match = decimalPattern.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole = '0', fraction = ''] = match;
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  const fractionDigits = fraction.replace(/0+$/, '');
  const isZero = /^0*$/.test(wholeDigits) && fractionDigits === '';
  const body = fractionDigits === '' ? wholeDigits : `${wholeDigits}.${fractionDigits}`;
  return sign === '-' && !isZero ? `-${body}` : body;
}

/** Digits after the point of a canonical decimal. */
export function decimalPlaces(canonical: string): number {
  const point = canonical.indexOf('.');
  return point < 0 ? 0 : canonical.length - point - 1;
}

/** A number or numeric text as a canonical decimal string; numbers use their shortest exact spelling. */
export function decimalFromInput(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    // String() gives the shortest text that reads back as the same double; no exponent below 1e21.
    const text = Math.abs(value) < 1e21 && Math.abs(value) >= 1e-6 ? String(value) : value.toFixed(12);
    return canonicalDecimal(text);
  }
  if (typeof value === 'string') return canonicalDecimal(value);
  return undefined;
}

/** The canonical decimal `text` times 10^scale, as an exact integer. `text` must have at most `scale` places. */
export function toScaled(text: string, scale: number): bigint {
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '0', fraction = ''] = unsigned.split('.');
  const digits = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -digits : digits;
}

/** The inverse of `toScaled`: an exact integer of 10^-scale units as canonical decimal text. */
export function fromScaled(scaled: bigint | number, scale: number): string {
  const value = BigInt(scaled);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  const text = canonicalDecimal(scale === 0 ? whole : `${whole}.${fraction}`) ?? '0';
  return negative && text !== '0' ? `-${text}` : text;
}

/** Compares two canonical decimals exactly: negative, zero or positive like `a - b`. */
export function compareDecimals(a: string, b: string): number {
  const scale = Math.max(decimalPlaces(a), decimalPlaces(b));
  const difference = toScaled(a, scale) - toScaled(b, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}
