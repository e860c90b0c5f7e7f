import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactsCsv } from './definitions.ts';
import { databases, serverUrl } from './pg-databases.ts';
import { runCli, tempFolder } from './run-cli.ts';

/** The command line's MQL: `mql parse`, `mql print` and `segment create --mql`, on SQLite and PostgreSQL. */

const temp = tempFolder();
afterAll(() => {
  temp.cleanup();
});

/** Contacts of Atlantis, as a Dynamics segment query writes them (a non-breaking space included). */
const atlantisMql = "PROFILE(contact)\n  .FILTER(address1_city\u00a0== 'Atlantis')\n";

const atlantisQuery = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
        ],
      },
    },
  ],
};

describe('segmint mql --help', () => {
  it('lists parse and print, and segment create explains --mql', async () => {
    const mql = await runCli(['mql', '--help']);
    expect(mql.code).toBe(0);
    expect(mql.stdout).toMatch(/^ {2}parse /m);
    expect(mql.stdout).toMatch(/^ {2}print /m);
    const parse = await runCli(['mql', 'parse', '--help']);
    expect(parse.stdout).toContain('Usage: segmint mql parse [options] <file>');
    expect(parse.stdout).toContain('--data-dir <dir>');
    const create = await runCli(['segment', 'create', '--help']);
    expect(create.stdout).toContain('--mql <file>');
    expect(create.stdout).toContain('segmint segment create --mql women-of-seattle.mql');
  });
});

describe('mql parse without a database', () => {
  const nowhere = ['--data-dir', join(temp.dir, 'none')];

  it('prints the definition the query means, as JSON that segment create takes, and exits 0', async () => {
    const run = await runCli(['mql', 'parse', temp.file('atlantis.mql', atlantisMql), ...nowhere]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ name: 'atlantis', type: 'dynamic', query: atlantisQuery });
    const named = await runCli([
      'mql',
      'parse',
      temp.file('a.mql', atlantisMql),
      '--name',
      'Atlantis',
      ...nowhere,
    ]);
    expect(JSON.parse(named.stdout)).toMatchObject({ name: 'Atlantis' });
  });

  it('prints every problem with its file, line and column on stderr, and exits 1', async () => {
    const file = temp.file(
      'broken.mql',
      "PROFILE(contact)\n  .FILTER(address1_cty == 'Atlantis' && gendercode == 7)\n",
    );
    const run = await runCli(['mql', 'parse', file, ...nowhere]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('broken.mql cannot be read as MQL (2 problems):');
    expect(run.stderr).toContain(`${file}:2:11: `);
    expect(run.stderr).toContain('address1_cty');
    expect(run.stderr).toContain('(MQL_UNKNOWN_ATTRIBUTE)');
    expect(run.stderr).toContain('(MQL_UNKNOWN_OPTION)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing or empty file', async () => {
    const missing = await runCli(['mql', 'parse', join(temp.dir, 'nowhere.mql'), ...nowhere]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    const empty = await runCli(['mql', 'parse', temp.file('empty.mql', ' \n'), ...nowhere]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('is empty');
  });

  it('asks for a file or --mql when segment create has neither (a usage error, 64)', async () => {
    const run = await runCli(['segment', 'create', ...nowhere]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('--mql FILE');
  });
});

for (const backend of ['SQLite', 'PostgreSQL'] as const) {
  const skip = backend === 'PostgreSQL' && !serverUrl;
  const label = skip
    ? `MQL on the command line on ${backend} (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)`
    : `MQL on the command line on ${backend}`;
  describe.skipIf(skip)(label, () => {
    const made = databases();
    let at: string[] = [];
    beforeAll(async () => {
      const dataDir = join(temp.dir, `data-${backend}`);
      at =
        backend === 'SQLite'
          ? ['--data-dir', dataDir]
          : ['--pg', (await made.fresh('segmint_mql')).url, '--data-dir', dataDir];
      const load = await runCli(['import', 'contact', temp.file('contacts.csv', contactsCsv), ...at]);
      expect(load.code).toBe(2);
    });
    afterAll(() => (backend === 'PostgreSQL' ? made.dropAll() : undefined));

    const membersOf = async (id: string): Promise<string[]> => {
      const run = await runCli(['segment', 'members', id, '--format', 'json', ...at]);
      expect(run.code).toBe(0);
      return (JSON.parse(run.stdout) as { id: string }[]).map((m) => m.id);
    };

    it('creates a segment from MQL that goes live with the members the query means', async () => {
      const created = await runCli([
        'segment',
        'create',
        '--mql',
        temp.file('atlantis.mql', atlantisMql),
        '--name',
        'Atlantis',
        '--id',
        'atl',
        ...at,
      ]);
      expect(created.code).toBe(0);
      expect(created.stdout).toBe('atl\n');
      const live = await runCli(['segment', 'go-live', 'atl', ...at]);
      expect(live.code).toBe(0);
      expect(live.stdout).toContain('"Atlantis" (atl) is live with 2 members');
      expect(await membersOf('atl')).toEqual(['c-ada', 'c-nemo']);
    });

    it('reads SEGMENT(name) as the saved segment of that name', { timeout: 120_000 }, async () => {
      const mql = temp.file(
        'not-nemo.mql',
        "SEGMENT(Atlantis)\nEXCEPT\nPROFILE(contact).FILTER(firstname == 'Nemo')",
      );
      const created = await runCli(['segment', 'create', '--mql', mql, '--id', 'not-nemo', ...at]);
      expect(created.code).toBe(0);
      expect((await runCli(['segment', 'go-live', 'not-nemo', ...at])).code).toBe(0);
      expect(await membersOf('not-nemo')).toEqual(['c-ada']);
      const list = await runCli(['segment', 'list', '--format', 'json', ...at]);
      expect(JSON.parse(list.stdout)).toContainEqual(
        expect.objectContaining({ id: 'not-nemo', name: 'not-nemo' }),
      );
    });

    it(
      'prints MQL that reads back to the same query and the same members',
      async () => {
        const printed = await runCli(['mql', 'print', 'not-nemo', ...at]);
        expect(printed.code).toBe(0);
        expect(printed.stdout).toBe(
          "SEGMENT(Atlantis)\nEXCEPT\nPROFILE(contact).FILTER(firstname == 'Nemo')\n",
        );
        const again = temp.file(`printed-${backend}.mql`, printed.stdout);
        const parsed = await runCli(['mql', 'parse', again, ...at]);
        expect(parsed.code).toBe(0);
        expect((JSON.parse(parsed.stdout) as { query: unknown }).query).toEqual({
          blocks: [
            { segment: 'atl' },
            {
              combine: 'exclude',
              entity: 'contact',
              where: {
                kind: 'group',
                op: 'and',
                children: [
                  { kind: 'condition', attribute: 'firstname', operator: 'equals', values: ['Nemo'] },
                ],
              },
            },
          ],
        });
        const copy = await runCli(['segment', 'create', '--mql', again, '--id', 'copy', ...at]);
        expect(copy.code).toBe(0);
        expect((await runCli(['segment', 'go-live', 'copy', ...at])).stdout).toContain(
          'is live with 1 member',
        );
        expect(await membersOf('copy')).toEqual(['c-ada']);
      },
      // Five processes of the command line, each a second or more on a loaded machine.
      120_000,
    );

    it('takes the name and time zone from a definition file beside --mql', async () => {
      const file = temp.file('paris.json', JSON.stringify({ name: 'Parisians', timeZone: 'Europe/Paris' }));
      const mql = temp.file('paris.mql', "PROFILE(contact).FILTER(address1_city == 'Paris')");
      const created = await runCli(['segment', 'create', file, '--mql', mql, '--id', 'paris', ...at]);
      expect(created.code).toBe(0);
      expect((await runCli(['segment', 'go-live', 'paris', ...at])).stdout).toContain(
        '"Parisians" (paris) is live with 1 member',
      );
      expect(await membersOf('paris')).toEqual(['c-paris']);
    });

    it('refuses MQL it cannot read with every problem at its line and column, and saves nothing', async () => {
      const broken = temp.file('unknown-segment.mql', 'SEGMENT(Atlantis)\nUNION SEGMENT(Lemuria)');
      const run = await runCli(['segment', 'create', '--mql', broken, '--id', 'never', ...at]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${broken}:2:15: There is no segment named "Lemuria"`);
      expect(run.stdout).toBe('');
      const printed = await runCli(['mql', 'print', 'never', ...at]);
      expect(printed.code).toBe(1);
      expect(printed.stderr).toBe('segmint: There is no segment "never".\n');
    });

    it('refuses a definition file that has its own query beside --mql', async () => {
      const file = temp.file('with-query.json', JSON.stringify({ name: 'Both', query: atlantisQuery }));
      const run = await runCli(['segment', 'create', file, '--mql', temp.file('q.mql', atlantisMql), ...at]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('has a query and --mql gives another');
    });

    it('says a static segment has no MQL to print, and exits 1', async () => {
      const file = temp.file('static.json', JSON.stringify({ name: 'Hand picked', type: 'static' }));
      expect((await runCli(['segment', 'create', file, '--id', 'picked', ...at])).code).toBe(0);
      const run = await runCli(['mql', 'print', 'picked', ...at]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('"Hand picked" is a static segment');
      expect(run.stdout).toBe('');
    });
  });
}
