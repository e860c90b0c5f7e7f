import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlantis, contactsCsv, twoProblems } from './definitions.ts';
import { runCli, tempFolder } from './run-cli.ts';

const temp = tempFolder();
afterAll(() => {
  temp.cleanup();
});

describe('segment validate', () => {
  it('prints every problem with its path and exits 1', async () => {
    const file = temp.file('broken.json', twoProblems);
    const run = await runCli(['segment', 'validate', file, '--data-dir', join(temp.dir, 'none')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('2 problems');
    expect(run.stdout).toContain('query.blocks[0].where.children[0].attribute:');
    expect(run.stdout).toContain('address1_cty');
    expect(run.stdout).toContain('query.blocks[0].where.children[1].operator:');
  });

  it('says a valid definition is valid and exits 0', async () => {
    const file = temp.file('atlantis-valid.json', atlantis);
    const run = await runCli(['segment', 'validate', file, '--data-dir', join(temp.dir, 'none')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('valid');
  });

  it('names the line and column of invalid JSON, without a stack trace', async () => {
    const file = temp.file('not-json.json', '{\n  "name": "x",\n  "type": }\n');
    const run = await runCli(['segment', 'validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not valid JSON: line 3, column 11');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing file', async () => {
    const run = await runCli(['segment', 'validate', join(temp.dir, 'nowhere.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nowhere.json');
    expect(run.stderr).toContain('no such file');
  });
});

describe('a segment from the command line', () => {
  const dataDir = join(temp.dir, 'data');
  const at = ['--data-dir', dataDir];
  let id = '';

  beforeAll(async () => {
    const load = await runCli(['import', 'contact', temp.file('contacts.csv', contactsCsv), ...at]);
    expect(load.code).toBe(2);
    const created = await runCli(['segment', 'create', temp.file('atlantis.json', atlantis), ...at]);
    expect(created.code).toBe(0);
    id = created.stdout.trim();
  });

  it('is created as a draft and listed', async () => {
    expect(id).not.toBe('');
    const list = await runCli(['segment', 'list', '--format', 'json', ...at]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ id, name: 'Contacts from Atlantis', state: 'draft', type: 'dynamic' }),
    ]);
  });

  it('goes live, lists its members, verifies, and stops', async () => {
    const live = await runCli(['segment', 'go-live', id, ...at]);
    expect(live.code).toBe(0);
    expect(live.stdout).toContain('is live with 2 members');

    const csv = await runCli(['segment', 'members', id, ...at]);
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split('\r\n');
    expect(header?.startsWith('id,firstname,lastname,')).toBe(true);
    expect(rows.map((row) => row.split(',')[0])).toEqual(['c-ada', 'c-nemo']);
    expect(rows[0]).toContain('art;technology');

    const json = await runCli(['segment', 'members', id, '--format', 'json', ...at]);
    expect(json.code).toBe(0);
    const members = JSON.parse(json.stdout) as { id: string; fullname: string }[];
    expect(members.map((m) => [m.id, m.fullname])).toEqual([
      ['c-ada', 'Ada Lovelace'],
      ['c-nemo', 'Nemo Dakkar'],
    ]);

    const verify = await runCli(['verify', ...at]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('exactly the members');

    const table = await runCli(['segment', 'list', ...at]);
    expect(table.stdout).toMatch(new RegExp(`${id}\\s+live\\s+dynamic\\s+2\\s+Contacts from Atlantis`));

    const stop = await runCli(['segment', 'stop', id, ...at]);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toContain('is stopped');
    const again = await runCli(['segment', 'stop', id, ...at]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('not live');
  });

  it('evaluates a definition without saving it: the ids, or the count', async () => {
    const file = temp.file('atlantis-eval.json', atlantis);
    const ids = await runCli(['eval', file, ...at]);
    expect(ids.code).toBe(0);
    expect(ids.stdout).toBe('c-ada\nc-nemo\n');
    const count = await runCli(['eval', file, '--count', ...at]);
    expect(count.code).toBe(0);
    expect(count.stdout).toBe('2\n');
    const list = await runCli(['segment', 'list', '--format', 'json', ...at]);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('prints every problem of a definition it cannot evaluate and exits 1', async () => {
    const run = await runCli(['eval', temp.file('eval-broken.json', twoProblems), '--count', ...at]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('query.blocks[0].where.children[0].attribute');
    expect(run.stderr).toContain('query.blocks[0].where.children[1].operator');
  });

  it('refuses to publish an invalid segment, listing every problem, and exits 1', async () => {
    const created = await runCli(['segment', 'create', temp.file('broken-draft.json', twoProblems), ...at]);
    expect(created.code).toBe(0);
    const run = await runCli(['segment', 'go-live', created.stdout.trim(), ...at]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"Broken" cannot go live (2 problems):');
    expect(run.stderr).toContain('query.blocks[0].where.children[0].attribute');
    expect(run.stderr).toContain('query.blocks[0].where.children[1].operator');
  });

  it('names an unknown segment, without a stack trace', async () => {
    for (const args of [
      ['segment', 'go-live', 'no-such'],
      ['segment', 'members', 'no-such'],
      ['export', 'no-such'],
    ]) {
      const run = await runCli([...args, ...at]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('segmint: There is no segment "no-such".\n');
      expect(run.stdout).toBe('');
    }
  });

  it('refuses to read from a data directory that holds no database', async () => {
    const run = await runCli(['segment', 'list', '--data-dir', join(temp.dir, 'typo')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no Segmint database');
  });
});
