import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atlantis, contactsCsv } from './definitions.ts';
import { runCli, tempFolder } from './run-cli.ts';

const temp = tempFolder();
afterAll(() => {
  temp.cleanup();
});

describe('segmint import', () => {
  it('loads the good rows, lists each rejected row with its line and reason, and exits 2', async () => {
    const at = ['--data-dir', join(temp.dir, 'partial')];
    const run = await runCli(['import', 'contact', temp.file('contacts.csv', contactsCsv), ...at]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('3 created, 0 updated, 1 rejected');
    expect(run.stdout).toMatch(/line 4: birthdate: .*YYYY-MM-DD/);
    // Not a terminal: no progress bar, nothing on stderr.
    expect(run.stderr).toBe('');
    const count = await runCli(['eval', temp.file('atlantis.json', atlantis), '--count', ...at]);
    expect(count.stdout).toBe('2\n');
  });

  it('exits 0 when every row loads, and updates the rows whose id exists', async () => {
    const at = ['--data-dir', join(temp.dir, 'clean')];
    const file = temp.file('two.csv', 'id,firstname,address1_city\nc-1,Ada,Atlantis\nc-2,Nemo,Paris\n');
    const first = await runCli(['import', 'contact', file, ...at]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 created, 0 updated, 0 rejected');
    const moved = temp.file('moved.csv', 'id,address1_city\nc-2,Atlantis\n');
    const second = await runCli(['import', 'contact', moved, ...at]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 created, 1 updated, 0 rejected');
  });

  it('keeps a live segment right as the rows land', async () => {
    const at = ['--data-dir', join(temp.dir, 'live')];
    const created = await runCli([
      'segment',
      'create',
      temp.file('seg.json', atlantis),
      '--id',
      'atl',
      ...at,
    ]);
    expect(created.code).toBe(0);
    expect((await runCli(['segment', 'go-live', 'atl', ...at])).stdout).toContain('0 members');
    await runCli(['import', 'contact', temp.file('live.csv', contactsCsv), ...at]);
    const members = await runCli(['segment', 'members', 'atl', '--format', 'json', ...at]);
    expect((JSON.parse(members.stdout) as { id: string }[]).map((m) => m.id)).toEqual(['c-ada', 'c-nemo']);
    expect((await runCli(['verify', ...at])).code).toBe(0);
  });

  it('fails naming a missing file or an unknown entity, loading nothing', async () => {
    const at = ['--data-dir', join(temp.dir, 'errors')];
    const missing = await runCli(['import', 'contact', join(temp.dir, 'nope.csv'), ...at]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.csv');
    expect(missing.stderr).toContain('no such file');
    const entity = await runCli(['import', 'contacts', temp.file('e.csv', contactsCsv), ...at]);
    expect(entity.code).toBe(1);
    expect(entity.stderr).toContain('"contacts"');
    expect(entity.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('segmint export', () => {
  it("writes a segment's members as CSV to a file or to stdout", async () => {
    const at = ['--data-dir', join(temp.dir, 'export')];
    await runCli(['import', 'contact', temp.file('export.csv', contactsCsv), ...at]);
    await runCli(['segment', 'create', temp.file('export-seg.json', atlantis), '--id', 'atl', ...at]);
    await runCli(['segment', 'go-live', 'atl', ...at]);

    const output = join(temp.dir, 'members.csv');
    const toFile = await runCli(['export', 'atl', '--output', output, ...at]);
    expect(toFile.code).toBe(0);
    expect(toFile.stderr).toContain('Wrote 2 members');
    const lines = readFileSync(output, 'utf8').trim().split('\r\n');
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['id', 'firstname', 'lastname']);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3))).toEqual([
      ['c-ada', 'Ada', 'Lovelace'],
      ['c-nemo', 'Nemo', 'Dakkar'],
    ]);

    const toStdout = await runCli(['export', 'atl', ...at]);
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout).toBe(readFileSync(output, 'utf8'));
  });

  it('names a folder it cannot write to', async () => {
    const at = ['--data-dir', join(temp.dir, 'export')];
    const run = await runCli(['export', 'atl', '--output', join(temp.dir, 'no', 'such', 'dir.csv'), ...at]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no such file or directory');
  });
});
