/**
 * A small seeded pseudo-random generator (mulberry32) with the draws the data generator needs. The same
 * seed gives the same sequence on every machine and Node version, which a faker library does not promise
 * across its releases.
 *
 * @example
 * const random = new Random(seedFor(42, 'contact'));
 * random.pick(['a', 'b']); random.chance(0.3); random.int(18, 85);
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** A standard normal draw (Box–Muller). */
  normal(mean = 0, deviation = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A Pareto draw with scale 1 and shape `alpha`: most values near 1, a few very large. */
  pareto(alpha: number): number {
    return 1 / Math.pow(1 - this.next(), 1 / alpha);
  }
}

/**
 * A seed for one stream of the dataset (`contact`, `interaction`, …), so that adding an attribute to
 * contacts does not change every interaction drawn after it.
 */
export function seedFor(seed: number, stream: string): number {
  // FNV-1a over the stream name, mixed with the seed.
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < stream.length; i++) hash = Math.imul(hash ^ stream.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Draws items by weight in O(log n): `new Weighted([['a', 3], ['b', 1]]).draw(random)` is `a` three
 * times in four.
 */
export class Weighted<T> {
  readonly #items: readonly T[];
  readonly #cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.#items = entries.map(([item]) => item);
    this.#cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], i) => {
      total += weight;
      this.#cumulative[i] = total;
    });
  }

  draw(random: Random): T {
    const index = searchCumulative(this.#cumulative, random.next());
    const item = this.#items[index];
    if (item === undefined) throw new RangeError('draw from an empty list');
    return item;
  }
}

/**
 * The index whose share of `cumulative` (running totals of weights) holds `fraction` of the total:
 * a binary search, so drawing among a million contacts stays cheap.
 */
export function searchCumulative(cumulative: Float64Array, fraction: number): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const target = fraction * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return low;
}
