import type { Store } from '../store/index.ts';
import { EngineError } from './engine-error.ts';

/**
 * Runs a record write; when it was refused only because it names an attribute or entity this process
 * had not seen yet (another process added it a moment ago, and the change feed has not told this one
 * yet), takes up the schema the database holds and runs it once more.
 */
export async function onCurrentSchema<T>(store: Store, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!namesUnknownSchema(error)) throw error;
    const before = store.schema();
    if ((await store.syncSchema()) === before) throw error;
    return write();
  }
}

function namesUnknownSchema(error: unknown): boolean {
  if (error instanceof EngineError)
    return error.details.some((problem) => problem.code === 'UNKNOWN_ATTRIBUTE');
  return (error as { code?: unknown } | null)?.code === 'UNKNOWN_ENTITY';
}
