import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { atlantis } from './definitions.ts';
import { runCli, tempFolder } from './run-cli.ts';
import { serveProcess } from './serve-process.ts';

const temp = tempFolder();
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});
afterAll(() => {
  temp.cleanup();
});

const serve = (args: readonly string[], env: Record<string, string> = {}) => serveProcess(args, env, running);

describe('segmint serve', () => {
  it('answers /api/health, prints a new admin token once, and stops cleanly on SIGTERM', async () => {
    const dataDir = join(temp.dir, 'plain');
    const first = await serve(['--no-demo', '--data-dir', dataDir]);
    const health = await fetch(`${first.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, leader: true });

    const token = /Admin token \(printed this once; kept in .*admin-token\): (\S+)/.exec(first.stdout)?.[1];
    expect(token).toBeDefined();
    expect(statSync(join(dataDir, 'admin-token')).mode & 0o777).toBe(0o600);
    expect((await fetch(`${first.url}/api/segments`)).status).toBe(401);
    const authorized = await fetch(`${first.url}/api/segments`, {
      headers: { authorization: `Bearer ${token ?? ''}` },
    });
    expect(authorized.status).toBe(200);
    expect(first.stdout).not.toContain('Loaded the demo');

    first.child.kill('SIGTERM');
    expect(await first.stopped()).toBe(0);

    // The next start keeps the token and does not print it again.
    const second = await serve(['--no-demo', '--data-dir', dataDir]);
    expect(second.stdout).not.toContain(token ?? 'no token');
    expect(second.stdout).toContain('Admin token: the one kept in');
    const again = await fetch(`${second.url}/api/segments`, {
      headers: { authorization: `Bearer ${token ?? ''}` },
    });
    expect(again.status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.stopped()).toBe(0);
  });

  it('accepts the token of SEGMINT_ADMIN_TOKEN and stores none', async () => {
    const dataDir = join(temp.dir, 'env-token');
    const served = await serve(['--no-demo', '--data-dir', dataDir], { SEGMINT_ADMIN_TOKEN: 'let-me-in' });
    expect(served.stdout).toContain('SEGMINT_ADMIN_TOKEN');
    expect(served.stdout).not.toContain('let-me-in');
    const answer = await fetch(`${served.url}/api/segments`, {
      headers: { authorization: 'Bearer let-me-in' },
    });
    expect(answer.status).toBe(200);
    served.child.kill('SIGTERM');
    expect(await served.stopped()).toBe(0);
    expect(() => statSync(join(dataDir, 'admin-token'))).toThrow();
  });

  it('loads the demo on first start only, with its live segments', async () => {
    const dataDir = join(temp.dir, 'demo');
    const first = await serve(['--data-dir', dataDir], { SEGMINT_ADMIN_TOKEN: 'demo-token' });
    expect(first.stdout).toContain('Loaded the demo: 2,000 contacts');
    const answer = await fetch(`${first.url}/api/segments`, {
      headers: { authorization: 'Bearer demo-token' },
    });
    const { items } = (await answer.json()) as {
      items: { id: string; state: string; memberCount: number }[];
    };
    const byId = new Map(items.map((s) => [s.id, s]));
    for (const id of ['demo-lisbon', 'demo-sf-wine', 'demo-nc-craft-beer', 'demo-email-readers']) {
      expect(byId.get(id)?.state).toBe('live');
      expect(byId.get(id)?.memberCount).toBeGreaterThan(0);
    }
    first.child.kill('SIGTERM');
    expect(await first.stopped()).toBe(0);

    const second = await serve(['--data-dir', dataDir], { SEGMINT_ADMIN_TOKEN: 'demo-token' });
    expect(second.stdout).not.toContain('Loaded the demo');
    second.child.kill('SIGTERM');
    expect(await second.stopped()).toBe(0);
  });

  it('says when the port is taken, and exits 1', async () => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const run = await runCli([
        'serve',
        '--no-demo',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--data-dir',
        join(temp.dir, 'taken'),
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('keeps the data folder and database private to the user, tightening ones left readable', async () => {
    const dataDir = join(temp.dir, 'private');
    const first = await serve(['--no-demo', '--data-dir', dataDir], { SEGMINT_ADMIN_TOKEN: 'private-token' });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const file of ['segmint.db', 'segmint.db-wal'])
      expect(statSync(join(dataDir, file)).mode & 0o777, file).toBe(0o600);
    first.child.kill('SIGTERM');
    expect(await first.stopped()).toBe(0);
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'segmint.db'), 0o644);
    const run = await runCli(['segment', 'list', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'segmint.db')).mode & 0o777).toBe(0o600);
  });

  it('takes keys made, listed and revoked on the command line, and audits them', async () => {
    const dataDir = join(temp.dir, 'keys');
    const served = await serve(['--no-demo', '--data-dir', dataDir], {
      SEGMINT_ADMIN_TOKEN: 'admin-token-x',
    });
    const admin = { authorization: 'Bearer admin-token-x' };
    const made = await runCli(['key', 'create', 'campaign tool', '--scope', 'read', '--data-dir', dataDir]);
    expect(made.code).toBe(0);
    const secret = /^(smk_\S+)$/m.exec(made.stdout)?.[1] ?? '';
    const id = /\(([^)]+)\)/.exec(made.stdout)?.[1] ?? '';
    expect(secret).not.toBe('');
    const reader = { authorization: `Bearer ${secret}` };
    expect((await fetch(`${served.url}/api/segments`, { headers: reader })).status).toBe(200);
    const write = await fetch(`${served.url}/api/contacts`, {
      method: 'POST',
      headers: { ...reader, 'content-type': 'application/json' },
      body: JSON.stringify({ firstname: 'Ada' }),
    });
    expect(write.status).toBe(403);

    const listed = await runCli(['key', 'list', '--format', 'json', '--data-dir', dataDir]);
    const keys = JSON.parse(listed.stdout) as { name: string; scope: string }[];
    expect(keys.map((k) => [k.name, k.scope])).toEqual([
      ['admin', 'admin'],
      ['campaign tool', 'read'],
    ]);
    expect(listed.stdout).not.toContain(secret);

    expect((await runCli(['key', 'revoke', id, '--data-dir', dataDir])).code).toBe(0);
    // Another process revoked it: this server trusts what it remembered for a few seconds at most.
    let status = 200;
    for (let tries = 0; tries < 40 && status !== 401; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await fetch(`${served.url}/api/segments`, { headers: reader })).status;
    }
    expect(status).toBe(401);
    const created = await runCli([
      'segment',
      'create',
      temp.file('audited.json', atlantis),
      '--data-dir',
      dataDir,
    ]);
    const segment = created.stdout.trim();
    expect((await runCli(['segment', 'go-live', segment, '--data-dir', dataDir])).code).toBe(0);
    const audit = (await (await fetch(`${served.url}/api/audit`, { headers: admin })).json()) as {
      items: { keyName: string; action: string; target: string }[];
    };
    expect(audit.items.map((e) => [e.keyName, e.action, e.target])).toEqual([
      ['command line', 'key.create', id],
      ['command line', 'key.revoke', id],
      ['command line', 'segment.create', segment],
      ['command line', 'segment.go-live', segment],
    ]);
    served.child.kill('SIGTERM');
    expect(await served.stopped()).toBe(0);
  });
});
