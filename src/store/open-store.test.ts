import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { newRecordId } from './record-id.ts';
import { migrations } from './migrations.ts';
import { openStore } from './open-store.ts';
import { testBackends } from './test-backends.ts';

describe('record ids', () => {
  it('are UUID v7 that sort in the order they were made, even within one millisecond', () => {
    const ids = Array.from({ length: 5_000 }, () => newRecordId(1_750_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`opening a store ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('records each migration once and keeps data across reopening', async () => {
      const options = backend.freshOptions({ file: true });
      const first = await openStore(options);
      const applied = await first.db.selectFrom('sm_migration').select('name').orderBy('name').execute();
      expect(applied.map((row) => row.name)).toEqual(migrations.map((m) => m.name));
      await first.records.create('contact', { id: 'kept', lastname: 'Kept' });
      await first.close();
      await first.close();

      const second = await openStore(options);
      try {
        expect(await second.db.selectFrom('sm_migration').select('name').execute()).toHaveLength(
          migrations.length,
        );
        expect((await second.records.get('contact', 'kept'))?.fullname).toBe('Kept');
      } finally {
        await second.close();
      }
    });

    it('adds back a column the schema has but the table lacks (a built-in attribute of a later version)', async () => {
      const options = backend.freshOptions({ file: true });
      const first = await openStore(options);
      await sql`alter table contact drop column jobtitle`.execute(first.db);
      await first.close();
      const second = await openStore(options);
      try {
        const created = await second.records.create('contact', { jobtitle: 'Sommelier' });
        expect(created.ok && (await second.records.get('contact', created.record.id))?.jobtitle).toBe(
          'Sommelier',
        );
      } finally {
        await second.close();
      }
    });

    it('opens the same new database twice at once without migrating it twice', async () => {
      if (backend.name === 'sqlite') return; // one process opens an SQLite file at a time in tests
      const options = backend.freshOptions();
      const [a, b] = await Promise.all([openStore(options), openStore(options)]);
      try {
        expect(await a.db.selectFrom('sm_migration').select('name').execute()).toHaveLength(
          migrations.length,
        );
        await a.records.create('account', { id: 'shared', name: 'Shared' });
        expect((await b.records.get('account', 'shared'))?.name).toBe('Shared');
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
}
