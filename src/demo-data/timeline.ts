/**
 * When things happen in the generated CRM: records are created over the two years before `now`, more
 * of them lately (the business grows), and ids follow creation order as UUID v7 ids would, so record
 * `i` of `n` was created at a moment that only grows with `i`.
 */

export const dayMs = 86_400_000;
/** The span the dataset covers, back from `now`. */
export const spanDays = 730;

/**
 * The fraction of the span elapsed when the `fraction`-th record was created, for a creation rate that
 * triples from the start of the span to `now` (density 1 + 2x, so the share created by x is (x + x²)/2).
 */
export function creationPoint(fraction: number): number {
  return (-1 + Math.sqrt(1 + 8 * Math.min(Math.max(fraction, 0), 1))) / 2;
}

/** How many of `count` records exist at the elapsed fraction `x` of the span (`creationPoint` inverted). */
export function createdBy(count: number, x: number): number {
  return Math.min(count, Math.ceil((count * (x + x * x)) / 2));
}

/** The moment record `index` of `count` was created, at most one hour of jitter after its point. */
export function createdAt(nowMs: number, index: number, count: number, jitter: number): number {
  const start = nowMs - spanDays * dayMs;
  const at = start + creationPoint(index / count) * spanDays * dayMs + jitter * 3_600_000;
  return Math.min(at, nowMs - 60_000);
}

/** Activity decays with age: the last day of the span sees e^(730/τ) times the first day's. */
const activityTau = 300;

/**
 * How many of `total` interactions fall on each day of the span, oldest first: an exponential
 * weighting towards recent days, rounded so the days add up to `total` exactly.
 */
export function interactionsPerDay(total: number): number[] {
  const norm = 1 - Math.exp(-spanDays / activityTau);
  const share = (age: number) => (1 - Math.exp(-age / activityTau)) / norm; // interactions younger than age
  const counts: number[] = [];
  let assigned = 0;
  for (let day = 0; day < spanDays; day++) {
    const ageAtEnd = spanDays - day - 1; // day 0 is the oldest
    const upTo = Math.round(total * (1 - share(ageAtEnd)));
    counts.push(upTo - assigned);
    assigned = upTo;
  }
  return counts;
}
