/* eslint-disable @typescript-eslint/no-unsafe-member-access -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminToken, startApi, type TestApi } from '../../src/api/api-test-kit.ts';
import { sqliteBackend } from '../../src/store/test-backends.ts';

const backend = sqliteBackend();

describe('the server as an operator sees it', () => {
  let api: TestApi;
  let now = 0;
  beforeEach(async () => {
    now = 1_000_000;
    api = await startApi(backend, { failedAuth: { maxFailures: 10, windowMs: 60_000, now: () => now } });
  });
  afterEach(async () => {
    await api.app.close();
  });
  afterAll(() => backend.cleanup());

  const from = (remoteAddress: string, authorization?: string) =>
    api.app.inject({
      method: 'GET',
      url: '/api/schema',
      remoteAddress,
      headers: authorization === undefined ? {} : { authorization },
    });

  it('makes a client that sent ten wrong keys wait, even with the right key, and no one else', async () => {
    for (let i = 0; i < 10; i++)
      expect((await from('203.0.113.7', `Bearer guess-${i}`)).statusCode).toBe(401);
    const guess = await from('203.0.113.7', 'Bearer guess-10');
    expect(guess.statusCode).toBe(429);
    expect(guess.headers['retry-after']).toBe('60');
    expect(guess.json().error.code).toBe('TOO_MANY_FAILED_AUTHENTICATIONS');
    // A right guess in the window looks the same as a wrong one.
    expect((await from('203.0.113.7', `Bearer ${adminToken}`)).statusCode).toBe(429);
    expect((await from('198.51.100.1', `Bearer ${adminToken}`)).statusCode).toBe(200);
    now += 60_000;
    expect((await from('203.0.113.7', `Bearer ${adminToken}`)).statusCode).toBe(200);
  });

  it('does not count requests that carry no key (a browser before sign-in)', async () => {
    for (let i = 0; i < 30; i++) expect((await from('203.0.113.8')).statusCode).toBe(401);
    expect((await from('203.0.113.8', `Bearer ${adminToken}`)).statusCode).toBe(200);
  });

  it('sends the usual security headers on the API and the app', async () => {
    for (const url of ['/api/health', '/']) {
      const answer = await api.app.inject({ method: 'GET', url });
      expect(answer.headers['x-content-type-options'], url).toBe('nosniff');
      expect(answer.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(answer.headers['referrer-policy'], url).toBe('no-referrer');
      expect(String(answer.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      expect(String(answer.headers['content-security-policy']), url).toContain("script-src 'self'");
    }
  });
});

describe('server errors', () => {
  it('are logged to stderr by default, with the request id and without the key', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const errors = sqliteBackend();
    const api = await startApi(errors);
    try {
      api.app.after(() => {
        api.app.get('/api/test-failure', () => {
          throw new Error('the disk is on fire');
        });
      });
      const answer = await api.call('GET', '/api/test-failure');
      expect(answer.status).toBe(500);
      expect(answer.json.error.message).toContain('logged');
      const lines = written
        .join('')
        .split('\n')
        .filter((line) => line.includes('the disk is on fire'));
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0] ?? '{}') as { level: number; reqId: string; msg: string };
      expect(entry.level).toBe(50);
      expect(entry.reqId).toMatch(/^req-/);
      expect(lines[0]).not.toContain(adminToken);
    } finally {
      spy.mockRestore();
      await api.app.close();
      await errors.cleanup();
    }
  });
});
