import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ApiClient } from './api-client.ts';
import { ApiError } from './api-error.ts';
import type { RecordPage, Segment } from './api-types.ts';

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

/** Stubs `fetch` with one answer (or a failure) and records what was sent. */
function stubFetch(answer: () => Response): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit = {}) => {
      sent.push({
        url,
        method: init.method ?? 'GET',
        headers: { ...(init.headers as Record<string, string>) },
        body: typeof init.body === 'string' ? init.body : undefined,
      });
      return Promise.resolve(answer());
    }),
  );
  return sent;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const segment = { id: 'seg 1', name: 'Atlanteans', state: 'draft' } as unknown as Segment;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ApiClient', () => {
  it('sends the key to the page’s own server, leaving empty query values out', async () => {
    const sent = stubFetch(() => json({ items: [], total: 0, nextCursor: null }));
    await new ApiClient('secret').get('/api/contacts', {
      params: { query: { search: 'Atlantis', cursor: undefined, sort: '' } },
    });
    expect(sent).toEqual([
      {
        url: '/api/contacts?search=Atlantis',
        method: 'GET',
        headers: { authorization: 'Bearer secret' },
        body: undefined,
      },
    ]);
  });

  it('puts the server’s base before the path when it has one', async () => {
    const sent = stubFetch(() => json(segment));
    await new ApiClient('secret', 'http://localhost:3000').get('/api/segments/{id}', {
      params: { path: { id: 'seg1' } },
    });
    expect(sent[0]?.url).toBe('http://localhost:3000/api/segments/seg1');
  });

  it('sends a body as JSON and answers what the server answered', async () => {
    const sent = stubFetch(() => json(segment, 201));
    const api = new ApiClient('secret');
    const made = await api.post('/api/segments', {
      body: { name: 'Atlanteans', type: 'dynamic', timeZone: 'UTC' },
    });
    expect(sent.map(({ method, headers, body }) => [method, headers['content-type'], body])).toEqual([
      ['POST', 'application/json', '{"name":"Atlanteans","type":"dynamic","timeZone":"UTC"}'],
    ]);
    expect(made.name).toBe('Atlanteans');
  });

  it('types each answer by the route the path names, with no type given by the caller', () => {
    const api = new ApiClient('secret');
    // Only the types are checked: these calls are never made.
    const calls = () => ({
      segment: api.get('/api/segments/{id}', { params: { path: { id: 'seg1' } } }),
      contacts: api.get('/api/contacts', { params: { query: { search: 'Ada' } } }),
      deleted: api.delete('/api/segments/{id}', { params: { path: { id: 'seg1' } } }),
    });
    expectTypeOf(calls).returns.toEqualTypeOf<{
      segment: Promise<Segment>;
      contacts: Promise<RecordPage>;
      deleted: Promise<undefined>;
    }>();
  });

  it('answers nothing for 204', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(
      new ApiClient('secret').delete('/api/segments/{id}', { params: { path: { id: 'seg1' } } }),
    ).resolves.toBeUndefined();
  });

  it('fills the path of a typed call in and returns its answer', async () => {
    const sent = stubFetch(() => json(segment));
    const { data } = await new ApiClient('secret').typed.GET('/api/segments/{id}', {
      params: { path: { id: 'seg 1' } },
    });
    expect(sent[0]?.url).toBe('/api/segments/seg%201');
    expect(data?.name).toBe('Atlanteans');
  });

  it('throws the server’s error with its problems, from either kind of call', async () => {
    const details = [{ code: 'REQUIRED', message: 'A name is needed.', path: 'name' }];
    stubFetch(() => json({ error: { code: 'INVALID_DEFINITION', message: 'Not valid.', details } }, 422));
    const api = new ApiClient('secret');
    for (const call of [
      () => api.put('/api/segments/{id}', { params: { path: { id: 'seg1' } }, body: {} as never }),
      () => api.typed.PUT('/api/segments/{id}', { params: { path: { id: 'seg1' } }, body: {} as never }),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 422, code: 'INVALID_DEFINITION', message: 'Not valid.' });
      expect((error as ApiError).problems).toEqual(details);
    }
  });

  it('says a 403 needs a wider key, as before', async () => {
    stubFetch(() =>
      json(
        {
          error: {
            code: 'FORBIDDEN',
            message: 'The key "k" has the scope "read"; POST /api/segments needs "write".',
          },
        },
        403,
      ),
    );
    await expect(new ApiClient('secret').post('/api/segments', { body: {} as never })).rejects.toMatchObject({
      message: 'Your key has the read scope; this needs a write key.',
      refusal: { held: 'read', needed: 'write' },
    });
  });

  it('says the server cannot be reached when the request fails', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(new ApiClient('secret').get('/api/schema')).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK',
      message: 'The Segmint server cannot be reached. Check that it is running, then try again.',
    });
  });
});
