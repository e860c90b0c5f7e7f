import { z } from 'zod';

/** The scopes a key may have: `read` (GET routes), `write` (records, imports, static members), `admin`. */
export const scopeSchema = z
  .enum(['read', 'write', 'admin'])
  .describe(
    '`read`: every GET route. `write`: also records, imports and members of static segments. `admin`: everything.',
  );

/** A new key: a name people recognise and a scope. */
export const newKeySchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'A key needs a name, such as "campaign tool".')
    .max(100, 'A key name has at most 100 characters.'),
  scope: scopeSchema,
});

/** A key as it is listed: never its secret. */
export const keySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: scopeSchema,
    createdAt: z.string(),
    createdBy: z
      .string()
      .nullable()
      .describe('The key that created it; null for the admin token and the command line.'),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable().describe('When it was last used, to the minute.'),
  })
  .meta({ id: 'ApiKey' });

/** A key just made, with its secret: shown this once. */
export const createdKeySchema = keySchema
  .extend({ secret: z.string().describe('Send as `Authorization: Bearer <secret>`; it is shown this once.') })
  .meta({ id: 'CreatedApiKey' });

export const keyParams = z.object({ id: z.string().min(1).max(200) });

/** One entry of the audit trail. */
export const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    keyId: z
      .string()
      .nullable()
      .describe('The key that made the change; null when made on the command line.'),
    keyName: z.string().nullable(),
    action: z
      .string()
      .describe('`segment.create`, `segment.go-live`, `schema.attribute.create`, `key.revoke` …'),
    targetKind: z.string(),
    target: z
      .string()
      .describe('The segment, webhook, template or key id, or the entity (`entity.attribute`) name.'),
  })
  .meta({ id: 'AuditEntry' });

export const auditQuery = z.object({
  after: z.coerce.number().int().min(0).optional().describe('Entries after this `seq` (a `nextCursor`).'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable().describe('Pass as `after` for the next page; null on the last page.'),
});
