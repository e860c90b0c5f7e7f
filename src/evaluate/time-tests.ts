import type { ConditionValue } from '../definition/nodes.ts';
import type { TimeOperator } from '../definition/operator-catalogue.ts';
import type { TimeContext, TimeTest } from '../definition/time-range.ts';
import type { TimeUnit } from '../definition/time-unit.ts';
import { memoizedTimeTest } from './time-test-memo.ts';

/** A `date` or `datetime` attribute: what `timeTest` resolves ranges for. */
export type TemporalKind = 'date' | 'datetime';

/**
 * `timeTest` resolved once per definition node for one evaluation: the clock is fixed for the
 * evaluation, and a window is otherwise resolved again for every related record.
 */
export class TimeTests {
  readonly clock: TimeContext;
  readonly #resolved = new WeakMap<object, TimeTest>();

  constructor(clock: TimeContext) {
    this.clock = clock;
  }

  /** The test for `node` (a condition or a window), computed on first use. */
  resolve(
    node: object,
    kind: TemporalKind,
    operator: TimeOperator,
    values: readonly ConditionValue[],
    unit: TimeUnit | undefined,
  ): TimeTest {
    let test = this.#resolved.get(node);
    if (!test) {
      test = memoizedTimeTest(node, kind, operator, values, unit, this.clock);
      this.#resolved.set(node, test);
    }
    return test;
  }
}
