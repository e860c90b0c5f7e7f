import type { KeyScope } from '../api/index.ts';

/** Each scope's name and what a key with it may do, in one line (README "Keys, scopes and the audit trail"). */
export const scopeLabels = {
  read: {
    label: 'Read',
    explanation: 'Reads contacts, segments and members: for a campaign tool that only reads.',
  },
  write: {
    label: 'Write',
    explanation:
      'Also creates, changes and deletes records, imports CSV and edits static lists: for an import job.',
  },
  admin: {
    label: 'Admin',
    explanation: 'Everything: segments, the schema, webhooks, templates, keys and the audit trail.',
  },
} as const satisfies Record<KeyScope, { label: string; explanation: string }>;

/** The scopes from the narrowest to the widest, as the New key form offers them. */
export const keyScopes: readonly KeyScope[] = ['read', 'write', 'admin'];
