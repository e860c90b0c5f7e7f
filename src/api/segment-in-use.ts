import { EngineError } from '../engine/index.ts';
import type { StoreSession } from '../store/index.ts';
import { liveDependants } from './segment-catalog.ts';

/**
 * Runs a stop or delete; when the engine refuses it because live segments read this one, the error
 * gets one detail per dependant (with its `segmentId`), so clients need not parse the message.
 */
export async function refuseWhileUsed<T>(
  store: StoreSession,
  action: () => Promise<T>,
  segmentId: string,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof EngineError) || error.code !== 'SEGMENT_IN_USE' || error.details.length > 0)
      throw error;
    throw new EngineError(error.code, error.message, await liveDependants(store, segmentId));
  }
}
