/** Where the engine reads the time: the system clock in production, a hand-moved one in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that moves only when told, so tests decide what time it is.
 *
 * @example
 * const clock = new ManualClock('2026-03-10T17:00:00Z');
 * clock.advance({ days: 1 });
 */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: Date | string) {
    this.#now = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  set(moment: Date | string): void {
    this.#now = new Date(moment).getTime();
  }

  advance(by: { readonly minutes?: number; readonly hours?: number; readonly days?: number }): void {
    this.#now += ((by.days ?? 0) * 24 * 60 + (by.hours ?? 0) * 60 + (by.minutes ?? 0)) * 60_000;
  }
}
