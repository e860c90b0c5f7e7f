import { describe, expect, it } from 'vitest';
import { apiErrorOf } from './api-error.ts';

const answer = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('apiErrorOf', () => {
  it('says which scope a refused key has and which it needs, not the route', async () => {
    const error = await apiErrorOf(
      answer(403, {
        error: {
          code: 'FORBIDDEN',
          message: 'The key "campaign tool" has the scope "read"; POST /api/segments needs "admin".',
        },
      }),
    );
    expect(error.status).toBe(403);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Your key has the read scope; this needs an admin key.');
    expect(error.refusal).toEqual({ held: 'read', needed: 'admin' });
  });

  it('reads a 403 it cannot parse, or without a body, as a refusal of the key', async () => {
    for (const body of [{ error: { code: 'FORBIDDEN', message: 'No.' } }, '<html>Forbidden</html>']) {
      const error = await apiErrorOf(answer(403, body));
      expect(error.message).toBe('Your API key may not do this. Sign in with a key that has a wider scope.');
      expect(error.refusal).toBeUndefined();
    }
  });

  it('says a key that is no longer accepted may have been revoked', async () => {
    const error = await apiErrorOf(
      answer(401, { error: { code: 'UNAUTHORIZED', message: 'The bearer token is not a valid API key.' } }),
    );
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/not accepted \(it may have been revoked\)/);
  });

  it('keeps the server’s message and problems for other errors', async () => {
    const details = [{ code: 'REQUIRED', message: 'A name is needed.', path: 'name' }];
    const error = await apiErrorOf(
      answer(409, { error: { code: 'LAST_ADMIN_KEY', message: 'The last admin key.', details } }),
    );
    expect(error.message).toBe('The last admin key.');
    expect(error.problems).toEqual(details);
  });
});
