/**
 * How big a dataset is. The full size is 1M contacts, 50k accounts, 200k leads and 5M interactions;
 * smaller sizes keep those proportions.
 */
export interface DatasetSize {
  readonly contacts: number;
  readonly accounts: number;
  readonly leads: number;
  readonly interactions: number;
}

/** Named sizes, by their number of contacts. */
export const namedSizes = {
  tiny: 300,
  small: 2_000,
  medium: 100_000,
  large: 1_000_000,
} as const satisfies Record<string, number>;

export type SizeName = keyof typeof namedSizes;

/** The size of a dataset of `contacts` contacts, everything else in proportion (at least one of each). */
export function sizeOf(contacts: number): DatasetSize {
  if (!Number.isSafeInteger(contacts) || contacts < 1)
    throw new RangeError(`a dataset needs a whole number of contacts, at least 1; got ${contacts}`);
  return {
    contacts,
    accounts: Math.max(1, Math.round(contacts / 20)),
    leads: Math.max(1, Math.round(contacts / 5)),
    interactions: contacts * 5,
  };
}

/**
 * The number of contacts `--size` asks for: a named size (`small`, `medium`, `large`, `tiny`) or a
 * number (`250000`, `250k`, `1m`).
 */
export function parseSize(text: string): number {
  if (text in namedSizes) return namedSizes[text as SizeName];
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) {
    throw new RangeError(
      `--size takes ${Object.keys(namedSizes).join(', ')} or a number of contacts (e.g. 250k); got "${text}"`,
    );
  }
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[(match[2] ?? '').toLowerCase()] ?? 1;
  return sizeOf(Math.round(Number(match[1]) * factor)).contacts;
}
