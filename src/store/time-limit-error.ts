import { StoreError } from './errors.ts';

/**
 * Work that ran past the store's time limit (`StoreOptions.timeLimitMs`) and was stopped: a reader
 * worker ended, or a PostgreSQL statement cancelled by `statement_timeout`. Nothing it wrote remains
 * (its transaction rolled back); `limitMs` is the limit it ran into.
 */
export class TimeLimitError extends StoreError {
  override readonly name = 'TimeLimitError';

  constructor(readonly limitMs: number) {
    super(`The work took longer than the ${seconds(limitMs)} s limit and was stopped.`, 'time_limit', {
      limitMs,
    });
  }
}

/** A limit in milliseconds as whole seconds for people (at least 1). */
export function seconds(ms: number): number {
  return Math.max(1, Math.round(ms / 1000));
}

/** True for PostgreSQL's "canceling statement due to statement timeout" (query_canceled, 57014). */
export function isPgStatementTimeout(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '57014';
}
