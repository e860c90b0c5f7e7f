import { isRetryableConflict } from './transient-error.ts';
import { backoffMs } from './writer-lane.ts';

/** How many times a transaction runs before its conflict reaches the caller (as a 503 over HTTP). */
export const transactionTries = 5;

/**
 * Runs `transaction` again while it fails with a conflict that rolled it back whole
 * (`isRetryableConflict`), after a short randomised wait, up to `tries` runs in all. The function must
 * do nothing outside its transaction that a second run would repeat.
 */
export async function retryConflicts<T>(transaction: () => Promise<T>, tries = transactionTries): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= tries || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt + 2)));
    }
  }
}
