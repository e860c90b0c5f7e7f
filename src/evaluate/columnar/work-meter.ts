/**
 * What a columnar evaluation may spend. It runs on the event loop of the server, where nothing else
 * runs meanwhile, so a definition that is within `definitionLimits` but costly over a big image (300
 * conditions of 1,000 values each against a million distinct emails is about 10^11 tests) must not
 * start: each step charges its work here before doing it, and past the limit the evaluation stops
 * with `ColumnarWorkExceeded`, having spent at most the limit. The caller then evaluates by SQL, which
 * runs apart from the event loop and within the server's time limit.
 *
 * A unit is one test of one row (a typed-array compare); a text test of a distinct value counts as
 * `textTestUnits`.
 */
export class WorkMeter {
  #spent = 0;

  /** `limit` units in all; `Infinity` for no limit (tests and benchmarks of the image alone). */
  constructor(readonly limit: number) {}

  /** Counts `units` about to be spent; throws `ColumnarWorkExceeded` when they would pass the limit. */
  charge(units: number): void {
    this.#spent += units;
    if (this.#spent > this.limit) throw new ColumnarWorkExceeded(this.limit, this.#spent);
  }

  /** Units charged so far. */
  get spent(): number {
    return this.#spent;
  }
}

/** A test of one distinct text against one value (`contains`, `beginsWith`, …) in row-test units. */
export const textTestUnits = 16;

/** A test of one date or time (an anniversary, a day in a time zone) in row-test units. */
export const timeTestUnits = 8;

/** One stored member of a segment block found among the image's contacts, in row-test units. */
export const memberUnits = 16;

/**
 * Units an evaluation may spend unless told: about a second of one core on this project's machines,
 * at 2–10 ns a unit (`npm run bench -- --scenarios columnar` reports the units and the time of each
 * benchmark segment: at a million contacts the most costly of the 13, the three combinations, spends
 * 35 M, about a sixth of this). Past about five million contacts the costliest segments are evaluated
 * by SQL instead, as every segment is without the image.
 */
export const defaultWorkLimit = 200_000_000;

/** The evaluation would spend more than its meter allows; nothing was decided. */
export class ColumnarWorkExceeded extends Error {
  override readonly name = 'ColumnarWorkExceeded';

  constructor(
    readonly limit: number,
    readonly wanted: number,
  ) {
    super(`The columnar evaluation needs more than ${limit.toLocaleString('en-US')} units of work.`);
  }
}
