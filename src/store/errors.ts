/** Errors the store throws for a caller's mistakes that are not about values (those come back as problems). */
export class StoreError extends Error {
  override readonly name: string = 'StoreError';
  constructor(
    message: string,
    readonly code: string,
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** A record operation named an entity the schema does not have. */
export class UnknownEntityError extends StoreError {
  override readonly name = 'UnknownEntityError';
  constructor(readonly entity: string) {
    super(`There is no entity "${entity}".`, 'UNKNOWN_ENTITY', { entity });
  }
}

/** True for a primary-key or unique violation, as PostgreSQL (23505) or SQLite reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
