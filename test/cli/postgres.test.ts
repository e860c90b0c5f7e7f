import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlantis, contactsCsv } from './definitions.ts';
import { runCli, tempFolder } from './run-cli.ts';
import { databases, serverUrl } from './pg-databases.ts';

const temp = tempFolder();
afterAll(() => {
  temp.cleanup();
});

describe.skipIf(!serverUrl)(
  serverUrl
    ? 'the command line on PostgreSQL'
    : 'the command line on PostgreSQL (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)',
  () => {
    // A database of its own, made and dropped here, so the commands run on a real `--pg` URL.
    const made = databases();
    let databaseUrl = () => '';
    beforeAll(async () => {
      const { url } = await made.fresh('segmint_cli');
      databaseUrl = () => url;
    });
    afterAll(() => made.dropAll());

    it('imports, publishes, lists members and verifies with --pg and with SEGMINT_PG_URL', async () => {
      const at = ['--pg', databaseUrl(), '--data-dir', temp.dir];
      const load = await runCli(['import', 'contact', temp.file('contacts.csv', contactsCsv), ...at]);
      expect(load.code).toBe(2);
      expect(load.stdout).toContain('line 4:');
      const created = await runCli([
        'segment',
        'create',
        temp.file('atlantis.json', atlantis),
        '--id',
        'atl',
        ...at,
      ]);
      expect(created.code).toBe(0);
      expect((await runCli(['segment', 'go-live', 'atl', ...at])).stdout).toContain('2 members');

      const env = { SEGMINT_PG_URL: databaseUrl() };
      const members = await runCli(['segment', 'members', 'atl', '--format', 'json'], { env });
      expect((JSON.parse(members.stdout) as { id: string }[]).map((m) => m.id)).toEqual(['c-ada', 'c-nemo']);
      expect((await runCli(['verify'], { env })).code).toBe(0);
      expect((await runCli(['eval', temp.file('eval.json', atlantis), '--count'], { env })).stdout).toBe(
        '2\n',
      );
    });
  },
);

describe('an unreachable PostgreSQL server', () => {
  it('is named in the error, without its password', async () => {
    const run = await runCli(['segment', 'list', '--pg', 'postgres://app:secret@127.0.0.1:1/nowhere']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Cannot open the database (PostgreSQL at postgres://app:***@127.0.0.1:1/nowhere)',
    );
    expect(run.stderr).not.toContain('secret');
  });
});
