import type { Access, Actor } from '../engine/index.ts';

/**
 * Who the command line is in the audit trail: it works on the database directly, without a key, so
 * its entries name no key and read "command line".
 */
export const commandLine: Actor = { keyId: null, keyName: 'command line' };

/** Records a change made on the command line in the audit trail. */
export async function auditCommandLine(
  access: Access,
  action: string,
  targetKind: string,
  target: string,
): Promise<void> {
  await access.audit({ ...commandLine, action, targetKind, target });
}
