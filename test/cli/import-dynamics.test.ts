import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dynamicsAccountsCsv,
  dynamicsContactsCsv,
} from '../../src/extensions/csv-import/csv-dynamics-fixture.ts';
import { runCli, tempFolder } from './run-cli.ts';
import { databases, serverUrl } from './pg-databases.ts';

const temp = tempFolder();
afterAll(() => {
  temp.cleanup();
});

const femaleAtContoso = JSON.stringify({
  name: 'Women at Contoso',
  type: 'dynamic',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [
            { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['female'] },
            {
              kind: 'related',
              relationship: 'parentcustomerid',
              where: {
                kind: 'group',
                op: 'and',
                children: [{ kind: 'condition', attribute: 'name', operator: 'equals', values: ['Contoso'] }],
              },
            },
          ],
        },
      },
    ],
  },
});

/** Loads the accounts, then the Dynamics contacts file, and checks what a user sees. */
async function importsTheExport(at: readonly string[]): Promise<void> {
  const accounts = await runCli(['import', 'account', temp.file('accounts.csv', dynamicsAccountsCsv), ...at]);
  expect(accounts.stdout).toContain('4 created, 0 updated, 0 rejected');
  expect(accounts.code).toBe(0);

  const contacts = await runCli(['import', 'contact', temp.file('Contacts.csv', dynamicsContactsCsv), ...at]);
  expect(contacts.code).toBe(2);
  const lines = contacts.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/Contacts\.csv: 3 created, 0 updated, 2 rejected$/);
  expect(lines.slice(1)).toEqual([
    `  column "(Do Not Modify) Row Checksum" not read: Dynamics' own bookkeeping column, not a value of the record.`,
    `  column "(Do Not Modify) Modified On" not read: Dynamics' own bookkeeping column, not a value of the record.`,
    '  column "Full Name" not read: Full Name is computed by Segmint (fullname), so the column is not read.',
    '  line 4: parentcustomerid: Company Name: "Fabrikam" is the name of 2 accounts (ids "acc-fabrikam-1", "acc-fabrikam-2"); put the id of the account you mean in the cell.',
    '  line 5: gendercode: Gender: "F" is not one of its options.',
  ]);

  const segment = await runCli([
    'segment',
    'create',
    temp.file('women.json', femaleAtContoso),
    '--id',
    'women',
    ...at,
  ]);
  expect(segment.code).toBe(0);
  expect((await runCli(['segment', 'go-live', 'women', ...at])).stdout).toContain('1 member');
  const members = await runCli(['segment', 'members', 'women', '--format', 'json', ...at]);
  expect(JSON.parse(members.stdout)).toEqual([
    expect.objectContaining({ id: 'c-ada', fullname: 'Ada Lovelace' }),
  ]);
}

describe('segmint import of a Dynamics export', () => {
  it('loads it on SQLite: display names, labels, Dataverse values and companies by name', async () => {
    await importsTheExport(['--data-dir', join(temp.dir, 'sqlite')]);
  });
});

describe.skipIf(!serverUrl)(
  serverUrl
    ? 'segmint import of a Dynamics export on PostgreSQL'
    : 'segmint import of a Dynamics export on PostgreSQL (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)',
  () => {
    // A database of its own, made and dropped here, so the commands run on a real `--pg` URL.
    const made = databases();
    let databaseUrl = () => '';
    beforeAll(async () => {
      const { url } = await made.fresh('segmint_cli_dyn');
      databaseUrl = () => url;
    });
    afterAll(() => made.dropAll());

    it('loads it with --pg: display names, labels, Dataverse values and companies by name', async () => {
      await importsTheExport(['--pg', databaseUrl(), '--data-dir', join(temp.dir, 'pg')]);
    });
  },
);
