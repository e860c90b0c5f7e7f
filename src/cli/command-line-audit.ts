import type { StoreSession } from '../store/index.ts';

/**
 * Records a change made on the command line in the audit trail. The command line works on the
 * database directly, without a key, so its entries name no key and read "command line".
 */
export async function auditCommandLine(
  store: StoreSession,
  action: string,
  targetKind: string,
  target: string,
): Promise<void> {
  await store.audit.append({ keyId: null, keyName: 'command line', action, targetKind, target });
}
