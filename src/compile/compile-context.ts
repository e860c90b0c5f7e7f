import type { TimeContext } from '../definition/time-range.ts';
import type { Schema } from '../schema/schema.ts';
import type { SqlDialect } from './sql-dialect.ts';

/** What every compiling function needs: the schema, the dialect, the clock, and fresh table aliases. */
export class CompileContext {
  #aliases = 0;

  #semiJoins: boolean;

  /**
   * @param semiJoins The query checks every contact (a go-live or full recompute): related records and
   * stored members are read once as uncorrelated `in (select …)` sets rather than probed contact by
   * contact with a correlated `exists`, which stays the shape for a short list of contacts.
   */
  constructor(
    readonly schema: Schema,
    readonly dialect: SqlDialect,
    readonly clock: TimeContext,
    semiJoins = false,
  ) {
    this.#semiJoins = semiJoins;
  }

  /** Whether related records are read as uncorrelated sets (see the constructor). */
  get semiJoins(): boolean {
    return this.#semiJoins;
  }

  /**
   * Compiles with correlated probes only: for a part evaluated on the few contacts that passed the
   * parts before it, where reading every related record once would cost more than probing.
   */
  probing<T>(compile: () => T): T {
    const before = this.#semiJoins;
    this.#semiJoins = false;
    try {
      return compile();
    } finally {
      this.#semiJoins = before;
    }
  }

  /** A table alias not used elsewhere in the query: `t1`, `t2`, … */
  nextAlias(): string {
    this.#aliases += 1;
    return `t${this.#aliases}`;
  }
}
