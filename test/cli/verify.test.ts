import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { atlantis, contactsCsv } from './definitions.ts';
import { runCli, tempFolder } from './run-cli.ts';

const temp = tempFolder();
afterAll(() => {
  temp.cleanup();
});

describe('segmint verify', () => {
  it('lists each member stored wrong and exits 1', async () => {
    const dataDir = join(temp.dir, 'data');
    const at = ['--data-dir', dataDir];
    await runCli(['import', 'contact', temp.file('contacts.csv', contactsCsv), ...at]);
    await runCli(['segment', 'create', temp.file('atlantis.json', atlantis), '--id', 'atl', ...at]);
    await runCli(['segment', 'go-live', 'atl', ...at]);
    expect((await runCli(['verify', ...at])).code).toBe(0);

    // Damage the stored membership behind the engine's back: one member lost, one added.
    const db = new Database(join(dataDir, 'segmint.db'));
    try {
      db.prepare('DELETE FROM sm_member WHERE segment_id = ? AND contact_id = ?').run('atl', 'c-ada');
      db.prepare('INSERT INTO sm_member (segment_id, contact_id) VALUES (?, ?)').run('atl', 'c-paris');
    } finally {
      db.close();
    }

    const run = await runCli(['verify', ...at]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 of 1 live segment drifted');
    expect(run.stdout).toContain('"Contacts from Atlantis" (atl): 1 missing, 1 extra');
    expect(run.stdout).toContain('missing (should be members): c-ada');
    expect(run.stdout).toContain('extra (should not be members): c-paris');
  });
});
