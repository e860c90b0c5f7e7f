import { afterAll, describe, expect, it } from 'vitest';
import { Engine, ManualClock } from '../../src/engine/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';
import { EventReplay, membershipDrift } from './membership-oracle.ts';
import { propertySegments, staticSegmentId } from './property-segments.ts';
import { randomStep } from './property-steps.ts';
import { Random } from './random.ts';

/**
 * The live-membership property (DESIGN.md, "Never drift"): after every step of a random sequence of
 * writes of every kind, clock moves, edits, stops and manual changes, the stored members of every live
 * segment equal a full re-evaluation by the in-process evaluator, and the event log replays to them;
 * and, one segment per step, the engine's estimate of its query (from its columnar view on SQLite) too.
 */
// SEGMINT_PROPERTY_STEPS shortens a local run; CI runs the full count.
const override = Number(process.env.SEGMINT_PROPERTY_STEPS ?? 0);
const steps =
  override > 0 ? { sqlite: override, postgres: override } : ({ sqlite: 10_000, postgres: 1_500 } as const);
const seed = 20261129;

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`live membership ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it(`never drifts from a full re-evaluation over ${steps[backend.name]} random steps`, async () => {
      const clock = new ManualClock('2026-03-10T17:00:00.000Z');
      const store = await backend.open({ now: () => clock.now() });
      // With a columnar view: on SQLite, estimates and go-lives come from its image and re-checks.
      const engine = await Engine.open(store, { clock, columnar: true });
      const random = new Random(seed);
      await engine.createSegment({ name: 'VIP list', type: 'static' }, staticSegmentId);
      for (const segment of propertySegments) {
        await engine.createSegment(segment.definition, segment.id);
        await engine.goLive(segment.id);
      }
      expect(propertySegments.length).toBeGreaterThanOrEqual(30);
      const replay = new EventReplay();
      const history: string[] = [];
      for (let step = 0; step < steps[backend.name]; step++) {
        history.push(await randomStep({ engine, store, clock, random }));
        const drift = await membershipDrift(store, clock.now(), {
          index: step,
          estimate: (query, timeZone) => engine.evaluateQuery(query, timeZone),
        });
        await replay.catchUp(store);
        drift.push(...(await replay.drift(store)));
        if (drift.length > 0) {
          throw new Error(
            `drift after step ${step} (seed ${seed}):\n${drift.join('\n')}\nlast steps: ${history.slice(-8).join(' | ')}`,
          );
        }
      }
      expect(await engine.verify()).toEqual([]);
      // On SQLite most estimates came from the image (a delete or a new attribute builds it afresh).
      const counts = engine.columnar?.counts;
      if (backend.name === 'sqlite') expect(counts?.answered).toBeGreaterThan(steps.sqlite / 2);
      else expect(counts).toMatchObject({ built: 0, answered: 0 });
      // The run exercised membership: events of every cause were logged.
      const causes = new Set((await store.events.list({ limit: 1_000_000 })).map((e) => e.cause));
      expect([...causes].sort()).toEqual(['clock', 'data', 'definition', 'manual']);
    }, 1_800_000);
  });
}
