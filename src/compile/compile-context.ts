import type { TimeContext } from '../definition/time-range.ts';
import type { Schema } from '../schema/schema.ts';
import type { SqlDialect } from './sql-dialect.ts';

/** What every compiling function needs: the schema, the dialect, the clock, and fresh table aliases. */
export class CompileContext {
  #aliases = 0;

  constructor(
    readonly schema: Schema,
    readonly dialect: SqlDialect,
    readonly clock: TimeContext,
  ) {}

  /** A table alias not used elsewhere in the query: `t1`, `t2`, … */
  nextAlias(): string {
    this.#aliases += 1;
    return `t${this.#aliases}`;
  }
}
