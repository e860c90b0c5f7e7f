import { afterAll, describe, expect, it } from 'vitest';
import { Engine, ManualClock } from '../../src/engine/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';
import { membershipDrift } from './membership-oracle.ts';
import { propertySegments, staticSegmentId } from './property-segments.ts';
import { Random } from './random.ts';

/**
 * Import batches (upserts of many contacts at once) beside account updates, contact moves and static
 * member edits keep segments built from segments exact, two levels deep. A batch re-checks a segment
 * of segments after the pass has changed the segments it reads and before those changes are written:
 * what the pass knows must win over the database's older rows.
 */
for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`import batches beside other writes ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('leave no segment of segments drifting from a full re-evaluation', async () => {
      const clock = new ManualClock('2026-03-10T17:00:00.000Z');
      const store = await backend.open({ now: () => clock.now() });
      const engine = await Engine.open(store, { clock });
      await engine.createSegment({ name: 'VIP list', type: 'static' }, staticSegmentId);
      for (const segment of propertySegments) {
        await engine.createSegment(segment.definition, segment.id);
        await engine.goLive(segment.id);
      }
      for (const seed of [1, 2, 3]) {
        const random = new Random(seed);
        const industries = ['brewing', 'software', 'retail', 'education', null];
        const cities = () => random.pick(['Atlantis', 'Lemuria', null]);
        const accounts = Array.from({ length: 6 }, (_, i) => `acc-${seed}-${i + 1}`);
        const contacts = Array.from({ length: 20 }, (_, i) => `con-${seed}-${i + 1}`);
        for (const id of accounts)
          await engine.createRecord('account', {
            id,
            industrycode: random.pick(industries),
            numberofemployees: random.int(1, 2000),
          });
        for (const id of contacts)
          await engine.createRecord('contact', {
            id,
            address1_city: cities(),
            parentcustomerid: random.pick(accounts),
          });
        for (let i = 0; i < 60; i++)
          await engine.createRecord('interaction', {
            contactid: random.pick(contacts),
            type: random.pick(['EmailOpened', 'EmailClicked']),
            occurredon: '2026-03-09T10:00:00.000Z',
          });
        for (let round = 0; round < 60; round++) {
          const kind = random.int(0, 3);
          if (kind === 0) {
            const some = [...random.some(contacts, 0.3), contacts[0] ?? ''];
            await engine.editMembers(staticSegmentId, random.chance(0.5) ? { add: some } : { remove: some });
          } else if (kind === 1) {
            await engine.updateRecord('account', random.pick(accounts), {
              industrycode: random.pick(industries),
              numberofemployees: random.int(1, 2000),
            });
          } else if (kind === 2) {
            await engine.updateRecord('contact', random.pick(contacts), {
              address1_city: cities(),
              parentcustomerid: random.pick(accounts),
            });
          } else {
            const rows = random.some(contacts, 0.5).map((id) => ({
              id,
              address1_city: random.pick(['Atlantis', 'Lemuria', 'Paris', null]),
              parentcustomerid: random.pick(accounts),
              gendercode: random.pick(['female', 'male', null]),
            }));
            await engine.upsertRecords('contact', rows);
          }
          const drift = await membershipDrift(store, clock.now());
          expect(drift, `seed ${seed}, round ${round}, write kind ${kind}`).toEqual([]);
        }
      }
    }, 600_000);
  });
}
