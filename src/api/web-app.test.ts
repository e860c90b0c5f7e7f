import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './api-test-kit.ts';
import { sqliteBackend } from '../store/test-backends.ts';

const noToken = {};

describe('the web app at /', () => {
  const backend = sqliteBackend();
  let dir: string;
  let api: TestApi;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'segmint-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("segmint")');
    api = await startApi(backend, { webAppDir: dir });
  });

  afterAll(async () => {
    await api.app.close();
    await backend.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the app page at / without a token', async () => {
    const answer = await api.call('GET', '/', undefined, noToken);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('text/html');
    expect(answer.body).toContain('<div id="root">');
  });

  it("serves the app's files", async () => {
    const answer = await api.call('GET', '/assets/app.js', undefined, noToken);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('javascript');
    expect(answer.body).toContain('segmint');
  });

  it('answers a reload of a page deep in the app with the app page', async () => {
    const answer = await api.call('GET', '/segments/0196-abc?tab=members', undefined, noToken);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<div id="root">');
  });

  it('keeps the JSON 404 for API paths that do not exist', async () => {
    const answer = await api.call('GET', '/api/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('still requires the token on the API', async () => {
    expect((await api.call('GET', '/api/segments', undefined, noToken)).status).toBe(401);
  });
});

describe('without a built web app', () => {
  it('serves a page that says how to build it', async () => {
    const backend = sqliteBackend();
    const api = await startApi(backend, { webAppDir: join(tmpdir(), 'segmint-no-such-dir') });
    try {
      const answer = await api.call('GET', '/', undefined, noToken);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('npm run build:web');
      expect(answer.body).toContain('/api/docs');
    } finally {
      await api.app.close();
      await backend.cleanup();
    }
  });
});
