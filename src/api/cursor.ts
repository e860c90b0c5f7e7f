import type { z } from 'zod';
import { badRequest } from './api-error.ts';

/**
 * Opaque cursors for paged lists: the position a page ended at, as base64url JSON. Clients pass
 * `nextCursor` back as `cursor` and never look inside; the server checks what it gets back.
 *
 * @example
 * const cursor = encodeCursor({ id: 'c-42' });
 * decodeCursor(cursor, z.object({ id: z.string() })); // { id: 'c-42' }
 */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The position in `cursor`, or a 400 `INVALID_CURSOR` when it is not one this server made. */
export function decodeCursor<T>(cursor: string, shape: z.ZodType<T>): T {
  let json: unknown;
  try {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    // A position is ids and sort keys; none holds NUL, which PostgreSQL text cannot.
    json = text.includes('\u0000') ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = shape.safeParse(json);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}

/** The error for a cursor that cannot be used here. */
export function invalidCursor(reason = 'It was not made by this list.'): Error {
  return badRequest(
    'INVALID_CURSOR',
    `The cursor cannot be used: ${reason} Pass back the nextCursor of the previous page.`,
    'querystring.cursor',
  );
}
