import { searchCumulative, type Random } from './random.ts';

/**
 * Records in creation order, each with a weight: how likely it is to be chosen as the contact of an
 * interaction or the account of a contact. Weights are heavy-tailed (Pareto), so most records are
 * picked rarely and a few very often, the way a CRM has a few very active contacts and a few large
 * accounts. Holds one number per record (8 MB for a million).
 */
export class Population {
  readonly #cumulative: Float64Array;

  /**
   * @param count records in the population
   * @param alpha the Pareto shape: lower means a heavier tail
   * @param idle the share of records with no weight at all (never picked)
   */
  constructor(count: number, random: Random, alpha: number, idle = 0) {
    this.#cumulative = new Float64Array(count);
    // Capped so that no record takes more than a few percent, however small the dataset.
    const cap = Math.min(Math.max(count / 100, 20), 2_000);
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (!random.chance(idle)) total += Math.min(random.pareto(alpha), cap);
      this.#cumulative[i] = total;
    }
  }

  get size(): number {
    return this.#cumulative.length;
  }

  /** A record index by weight among the first `existing` records (those created by then); -1 when none. */
  draw(random: Random, existing = this.size): number {
    const limit = Math.min(existing, this.size);
    if (limit <= 0) return -1;
    const total = this.#cumulative[limit - 1] ?? 0;
    if (total === 0) return Math.floor(random.next() * limit);
    return searchCumulative(this.#cumulative.subarray(0, limit), random.next());
  }
}
