import type { AuditAction, AuditEntry } from '../api/index.ts';

/** What each recorded change did, as the Audit page says it (Go Live is "Published"). */
export const auditActionLabels = {
  'segment.create': 'Created segment',
  'segment.update': 'Changed segment',
  'segment.delete': 'Deleted segment',
  'segment.go-live': 'Published segment',
  'segment.stop': 'Stopped segment',
  'segment.members': 'Changed members of segment',
  'schema.attribute.create': 'Added attribute',
  'schema.entity.create': 'Added entity',
  'webhook.create': 'Created webhook',
  'webhook.delete': 'Deleted webhook',
  'template.create': 'Created template',
  'template.delete': 'Deleted template',
  'key.create': 'Created key',
  'key.revoke': 'Revoked key',
} as const satisfies Record<AuditAction, string>;

/**
 * The entry's action in words; an action this app does not know yet (from a newer server) is shown
 * as its code rather than hidden.
 *
 * @example
 * actionLabel('segment.go-live') // 'Published segment'
 */
export function actionLabel(action: AuditEntry['action']): string {
  return Object.hasOwn(auditActionLabels, action) ? auditActionLabels[action as AuditAction] : action;
}

/** Who made the change: the key's name, or the command line (which works without a key). */
export function actorLabel(entry: Pick<AuditEntry, 'keyId' | 'keyName'>): string {
  if (entry.keyId === null) return 'Command line';
  return entry.keyName ?? entry.keyId;
}
