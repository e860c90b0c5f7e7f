import { createHash, randomBytes } from 'node:crypto';
import { newRecordId } from './record-id.ts';
import type { StoreContext } from './store-context.ts';
import type { ApiKeyTable } from './tables.ts';

/** What a key may do: `read` the data, `write` records, `admin` everything. */
export type KeyScope = 'read' | 'write' | 'admin';

/** An API key as it is listed: never its secret, which is kept only as a hash. */
export interface StoredKey {
  readonly id: string;
  readonly name: string;
  readonly scope: KeyScope;
  readonly createdAt: string;
  /** The key that created it (null for the first admin key and keys made on the command line). */
  readonly createdBy: string | null;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

/** A key just made: the one moment its secret is known. */
export interface CreatedKey extends StoredKey {
  readonly secret: string;
}

/** The id of the key that the admin token of `segmint serve` (or `SEGMINT_ADMIN_TOKEN`) is. */
export const adminKeyId = 'admin';

/**
 * Named API keys with scopes. Secrets are 32 random bytes, shown once and stored as their SHA-256: a
 * stolen database reveals no key, and a fast hash is enough for secrets that cannot be guessed.
 */
export interface KeyStore {
  /** Makes a key and returns it with its secret (the only time the secret is known). */
  create(input: {
    readonly name: string;
    readonly scope: KeyScope;
    readonly createdBy?: string | null;
  }): Promise<CreatedKey>;
  /** The key whose secret this is, unless there is none or it was revoked. */
  findBySecret(secret: string): Promise<StoredKey | undefined>;
  get(id: string): Promise<StoredKey | undefined>;
  /** Every key, revoked ones too, oldest first (the admin token's first of all). */
  list(): Promise<StoredKey[]>;
  /** Revokes a key; false when there is no such key or it was already revoked. */
  revoke(id: string): Promise<boolean>;
  /** Notes that a key was used now (the caller decides how often). */
  touch(id: string): Promise<void>;
  /**
   * Makes the admin token the admin key (id `admin`): created on first use, its hash brought up to
   * date when the token changed. A revoked admin key stays revoked: an operator revoked it on purpose.
   */
  syncAdminToken(token: string): Promise<void>;
}

/** The stored form of a secret. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new secret: recognisable by its prefix (secret scanners look for such), then 32 random bytes. */
export function newSecret(): string {
  return `smk_${randomBytes(32).toString('base64url')}`;
}

function fromRow(row: ApiKeyTable): StoredKey {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope as KeyScope,
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

const listed = [
  'id',
  'name',
  'scope',
  'created_at',
  'created_by',
  'revoked_at',
  'last_used_at',
  'secret_hash',
] as const;

export function keyStore(context: StoreContext): KeyStore {
  const { db } = context;
  const now = () => context.now().toISOString();
  return {
    async create({ name, scope, createdBy = null }) {
      const secret = newSecret();
      const row: ApiKeyTable = {
        id: newRecordId(),
        name,
        scope,
        secret_hash: secretHash(secret),
        created_at: now(),
        created_by: createdBy,
        revoked_at: null,
        last_used_at: null,
      };
      await db.insertInto('sm_api_key').values(row).execute();
      return { ...fromRow(row), secret };
    },

    async findBySecret(secret) {
      const row = await db
        .selectFrom('sm_api_key')
        .select(listed)
        .where('secret_hash', '=', secretHash(secret))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row && fromRow(row);
    },

    async get(id) {
      const row = await db.selectFrom('sm_api_key').select(listed).where('id', '=', id).executeTakeFirst();
      return row && fromRow(row);
    },

    async list() {
      const rows = await db
        .selectFrom('sm_api_key')
        .select(listed)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      // The admin token's key comes first: it was there before any other.
      return rows.map(fromRow).sort((a, b) => Number(b.id === adminKeyId) - Number(a.id === adminKeyId));
    },

    async revoke(id) {
      const result = await db
        .updateTable('sm_api_key')
        .set({ revoked_at: now() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async touch(id) {
      await db.updateTable('sm_api_key').set({ last_used_at: now() }).where('id', '=', id).execute();
    },

    async syncAdminToken(token) {
      const hash = secretHash(token);
      const existing = await db
        .selectFrom('sm_api_key')
        .select(['secret_hash'])
        .where('id', '=', adminKeyId)
        .executeTakeFirst();
      if (existing === undefined) {
        await db
          .insertInto('sm_api_key')
          .values({
            id: adminKeyId,
            name: 'admin',
            scope: 'admin',
            secret_hash: hash,
            created_at: now(),
            created_by: null,
            revoked_at: null,
            last_used_at: null,
          })
          // Two processes starting at once both insert: the second finds the first's row.
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      } else if (existing.secret_hash !== hash) {
        await db.updateTable('sm_api_key').set({ secret_hash: hash }).where('id', '=', adminKeyId).execute();
      }
    },
  };
}
