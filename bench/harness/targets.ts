import type { Figure, Goal } from './results.ts';

/** Whether a figure met its target, and the reading it was judged by (`1.7×`, `median 0.42 ms`). */
export interface Verdict {
  readonly met: boolean;
  readonly reading: string;
}

/** The goals of figures that state their target only as text (the write and clock scenarios'). */
const goalsByTarget: readonly (readonly [RegExp, Goal])[] = [
  [/^median < 0\.5 ms, p99 < 5 ms/, { kind: 'median', maxMs: 0.5, p99Ms: 5 }],
  [/^median < 1 ms, p99 < 10 ms/, { kind: 'median', maxMs: 1, p99Ms: 10 }],
  [/^< 50 ms/, { kind: 'median', maxMs: 50 }],
];

/** The goal of a figure: its own, or the one its target text names; none when it has no target. */
export function goalOf(figure: Figure): Goal | undefined {
  if (figure.goal) return figure.goal;
  const target = figure.target;
  if (target === undefined) return undefined;
  return goalsByTarget.find(([pattern]) => pattern.test(target))?.[1];
}

/** The verdict on a figure against its goal, or undefined when it has none. */
export function judge(figure: Figure): Verdict | undefined {
  const goal = goalOf(figure);
  if (!goal) return undefined;
  const { median, p99 } = figure.stats;
  switch (goal.kind) {
    case 'ratio': {
      const base = figure.baseline?.median;
      if (base === undefined || base <= 0) return undefined;
      const ratio = median / base;
      return { met: ratio <= goal.max, reading: `${ratio.toFixed(2)}×` };
    }
    case 'median': {
      const met = median < goal.maxMs && (goal.p99Ms === undefined || p99 < goal.p99Ms);
      return { met, reading: `median ${fixed(median)} ms, p99 ${fixed(p99)} ms` };
    }
    case 'perMillion': {
      if (goal.rows <= 0) return undefined;
      const scaled = (median * 1_000_000) / goal.rows;
      return { met: scaled < goal.maxMs, reading: `${(scaled / 1000).toFixed(2)} s per 1M rows` };
    }
  }
}

function fixed(ms: number): string {
  return ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : Math.round(ms).toString();
}
