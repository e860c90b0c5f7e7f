import type {
  AuditEntry,
  CreatedKey,
  KeyScope,
  NewAuditEntry,
  StoredKey,
  StoreSession,
} from '../store/index.ts';

/** Who made a change, as the audit trail names them: a key, or (no key) the command line. */
export interface Actor {
  readonly keyId: string | null;
  readonly keyName: string | null;
}

/**
 * Who may use an installation and what they changed: its named API keys (their secrets kept only as
 * hashes) and the audit trail. Not membership work, so it is a part of the engine of its own
 * (`engine.access`), and it can be had over a database without an engine (`new Access(store)`), as the
 * command line's `key` commands do: they change no segment, so they start no engine.
 *
 * @example
 * const key = await engine.access.createKey({ name: 'campaign tool', scope: 'read' });
 * await engine.access.audit({ ...actor, action: 'key.create', targetKind: 'key', target: key.id });
 */
export class Access {
  readonly #session: StoreSession;

  constructor(session: StoreSession) {
    this.#session = session;
  }

  /** Makes the admin token the admin key (id `admin`), as `KeyStore.syncAdminToken` says. */
  syncAdminToken(token: string): Promise<void> {
    return this.#session.keys.syncAdminToken(token);
  }

  /** The active key whose secret this is, or undefined. */
  keyOfSecret(secret: string): Promise<StoredKey | undefined> {
    return this.#session.keys.findBySecret(secret);
  }

  /** Notes that a key was used now (the caller decides how often). */
  touchKey(id: string): Promise<void> {
    return this.#session.keys.touch(id);
  }

  /** Every key, revoked ones too, the admin token's first, then oldest first. */
  keys(): Promise<StoredKey[]> {
    return this.#session.keys.list();
  }

  key(id: string): Promise<StoredKey | undefined> {
    return this.#session.keys.get(id);
  }

  /**
   * Makes a key and returns it with its secret (the only time it is known). Given `by`, the audit
   * entry is written in the same transaction; otherwise the caller audits (the API does, on answering).
   */
  createKey(
    input: { readonly name: string; readonly scope: KeyScope; readonly createdBy?: string | null },
    by?: Actor,
  ): Promise<CreatedKey> {
    if (by === undefined) return this.#session.keys.create(input);
    return this.#session.transaction(async (tx) => {
      const made = await tx.keys.create(input);
      await tx.audit.append({ ...by, action: 'key.create', targetKind: 'key', target: made.id });
      return made;
    });
  }

  /**
   * Revokes a key; false when there is no such key or it was revoked already. Given `by`, a revocation
   * is audited in the same transaction.
   */
  revokeKey(id: string, by?: Actor): Promise<boolean> {
    if (by === undefined) return this.#session.keys.revoke(id);
    return this.#session.transaction(async (tx) => {
      const done = await tx.keys.revoke(id);
      if (done) await tx.audit.append({ ...by, action: 'key.revoke', targetKind: 'key', target: id });
      return done;
    });
  }

  /** Appends an entry to the audit trail. */
  audit(entry: NewAuditEntry): Promise<void> {
    return this.#session.audit.append(entry);
  }

  /** Audit entries after the sequence number `after`, oldest first. */
  auditTrail(options?: { readonly after?: number; readonly limit?: number }): Promise<AuditEntry[]> {
    return this.#session.audit.list(options);
  }
}
