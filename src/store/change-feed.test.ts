import { describe, expect, it } from 'vitest';
import { coalesced } from './change-feed.ts';

/** Resolves once the pending promise callbacks and a timer turn have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('coalesced', () => {
  it('folds the calls made while it runs into one more run, and runs again for a later call', async () => {
    const runs: number[] = [];
    let release: () => void = () => undefined;
    const run = coalesced(async () => {
      runs.push(runs.length);
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    run();
    for (let i = 0; i < 100; i++) run(); // a burst of notifications while the first run reads
    await settle();
    expect(runs).toEqual([0]);
    release();
    await settle();
    expect(runs).toEqual([0, 1]);
    run();
    await settle();
    expect(runs).toEqual([0, 1, 2]);
  });

  it('keeps running after a run that failed', async () => {
    let calls = 0;
    const run = coalesced(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('the database is away')) : Promise.resolve();
    });
    run();
    await settle();
    run();
    await settle();
    expect(calls).toBe(2);
  });
});
