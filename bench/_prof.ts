import { copyFileSync } from 'node:fs';
import { Engine } from '../src/engine/index.ts';
import { openStore } from '../src/store/index.ts';
import { representativeSegments } from './segments.ts';
const file = '/tmp/prof.db';
import { rmSync } from 'node:fs'; for (const x of ['', '-wal', '-shm']) rmSync(file + x, { force: true }); copyFileSync(process.argv[2]!, file);
const now = new Date('2026-11-01T12:00:00Z');
const clock = { now: () => now };
const store = await openStore({ kind: 'sqlite', filename: file, now: () => now });
import { sql } from 'kysely'; if (process.env.NOCKPT) await sql.raw('pragma wal_autocheckpoint = 0').execute(store.db); if (process.env.MMAP) { await sql.raw('pragma mmap_size = 4294967296').execute(store.db); await sql.raw('pragma cache_size = -65536').execute(store.db); }
if (process.env.NOIDX) await sql.raw('drop index sm_ix_sm_member__contact_id').execute(store.db);
const engine = await Engine.open(store, { clock } as any);
const want = (process.argv[3] ?? '').split(',');
for (let r = 0; r < 3; r++)
for (const s of representativeSegments) {
  if (!want.includes(s.id)) continue;
  const id = r === 2 ? s.id : `${s.id}-${r}`;
  await engine.createSegment(s.definition, id);
  const t = performance.now();
  const res = await engine.goLive(id);
  console.log(id, res.memberCount, Math.round(performance.now() - t), 'ms');
}
await store.close();
