import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const commands = [
  ['serve'],
  ['import'],
  ['export'],
  ['segment'],
  ['segment', 'create'],
  ['segment', 'go-live'],
  ['segment', 'stop'],
  ['segment', 'list'],
  ['segment', 'members'],
  ['segment', 'validate'],
  ['eval'],
  ['verify'],
  ['demo'],
];

describe('segmint --help', () => {
  it('lists every command and documents the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['serve', 'import', 'export', 'segment', 'eval', 'verify', 'demo'])
      expect(run.stdout).toContain(`  ${command}`);
    expect(run.stdout).toMatch(/Exit codes:/);
    for (const code of ['0', '1', '2', '64']) expect(run.stdout).toMatch(new RegExp(`^  ${code} +\\S`, 'm'));
  });

  it.each(commands.map((words) => [words.join(' '), words]))(
    'explains `segmint %s` with --help and exit 0',
    async (name, words) => {
      const run = await runCli([...words, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: segmint ${name}`);
      if (name !== 'segment') expect(run.stdout).toContain('--data-dir <dir>');
      expect(run.stderr).toBe('');
    },
  );

  it('documents the environment of serve', async () => {
    const run = await runCli(['serve', '--help']);
    for (const text of [
      '--port <n>',
      '--pg <url>',
      '--no-demo',
      'SEGMINT_ADMIN_TOKEN',
      'SEGMINT_PG_URL',
      'PORT',
    ])
      expect(run.stdout).toContain(text);
  });
});

describe('usage errors', () => {
  it('exits 64 for an unknown command, naming it', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });

  it('exits 64 for a missing argument', async () => {
    const run = await runCli(['segment', 'go-live']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("missing required argument 'id'");
  });

  it('exits 64 for an unknown option and for a bad option value', async () => {
    expect((await runCli(['verify', '--frob'])).code).toBe(64);
    const port = await runCli(['serve', '--port', 'eighty']);
    expect(port.code).toBe(64);
    expect(port.stderr).toContain('eighty');
    const format = await runCli(['segment', 'members', 'x', '--format', 'xml']);
    expect(format.code).toBe(64);
    expect(format.stderr).toContain('csv, json');
  });

  it('exits 64 with the help when no command is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('Usage: segmint');
  });
});
