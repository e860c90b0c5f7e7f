import { describe, expect, it } from 'vitest';
import { countRows, flagRows, inScratch } from './scratch.ts';

describe("an evaluation's working arrays", () => {
  it('are reused by the next evaluation, cleared, all but the ones its result keeps', () => {
    const first = inScratch(
      () => {
        const work = flagRows(1000).fill(1);
        const counts = countRows(1000).fill(7);
        const result = flagRows(1000).fill(1);
        return { work, counts, result };
      },
      ({ result }) => [result],
    );
    const second = inScratch(
      () => ({ flags: [flagRows(1000), flagRows(1000)], counts: countRows(1000) }),
      () => [],
    );
    // The working arrays came back empty; the kept result was never handed out again.
    expect(second.flags).toContain(first.work);
    expect(second.counts).toBe(first.counts);
    expect(second.flags).not.toContain(first.result);
    expect(first.result.every((flag) => flag === 1)).toBe(true);
    expect(second.flags.every((flags) => flags.every((flag) => flag === 0))).toBe(true);
    expect(second.counts.every((count) => count === 0)).toBe(true);
  });

  it('are made new outside an evaluation, and an evaluation inside another shares its pool', () => {
    const loose = flagRows(64);
    inScratch(
      () =>
        inScratch(
          () => flagRows(64).fill(1),
          () => [],
        ),
      () => [],
    );
    expect(
      inScratch(
        () => flagRows(64),
        () => [],
      ),
    ).not.toBe(loose);
    // The nested evaluation's array went back once, with the outer's: reused by one, not two.
    const [a, b] = inScratch(
      () => [flagRows(64), flagRows(64)],
      () => [],
    );
    expect(a).not.toBe(b);
  });

  it('all go back when the evaluation throws', () => {
    let thrown: Uint8Array | undefined;
    expect(() =>
      inScratch(
        () => {
          thrown = flagRows(333).fill(1);
          throw new Error('over the limit');
        },
        () => [],
      ),
    ).toThrow('over the limit');
    expect(
      inScratch(
        () => flagRows(333),
        () => [],
      ),
    ).toBe(thrown);
  });
});
