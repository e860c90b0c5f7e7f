/**
 * The case folding every backend applies before comparing text: lower case, with the two letters whose
 * lower case JavaScript and PostgreSQL spell differently made the same: the final sigma `ς` becomes
 * `σ` (PostgreSQL lowers `Σ` to `σ` everywhere), and the dotted capital `İ`, which JavaScript lowers to
 * `i` plus a combining dot, becomes a plain `i` as PostgreSQL writes it.
 *
 * @example
 * foldCase('ΟΔΟΣ') === foldCase('οδος'); // true
 */
export function foldCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/ς/g, 'σ');
}
