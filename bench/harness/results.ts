import type { DatasetSize } from '../../src/demo-data/index.ts';
import type { Machine } from './machine.ts';
import type { Stats } from './stats.ts';

/**
 * A figure's target in a form that can be checked: issue 5's targets, each read at the size that ran.
 * - `ratio`: the ratio of medians to the baseline at most `max`;
 * - `median`: the median under `maxMs` (and the 99th percentile under `p99Ms` when given);
 * - `perMillion`: the median scaled linearly to a million rows (of the `rows` timed) under `maxMs`.
 */
export type Goal =
  | { readonly kind: 'ratio'; readonly max: number }
  | { readonly kind: 'median'; readonly maxMs: number; readonly p99Ms?: number }
  | { readonly kind: 'perMillion'; readonly maxMs: number; readonly rows: number };

/**
 * One timed figure of a scenario: Segmint's time and, where the scenario has one, the baseline measured
 * in the same run (STYLE: a speed is a ratio against a baseline in the same run).
 */
export interface Figure {
  readonly name: string;
  readonly stats: Stats;
  readonly baseline?: Stats;
  /** What the baseline is, e.g. "store alone, no live segments". */
  readonly baselineLabel?: string;
  /** The target from the issue, e.g. "median < 0.5 ms, p99 < 5 ms". */
  readonly target?: string;
  /** The target in a form the report checks (`targets.ts` reads the write and clock targets' text). */
  readonly goal?: Goal;
  readonly note?: string;
}

/** What one scenario measured. */
export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  /** What was done, in a sentence or two, for the report. */
  readonly description: string;
  readonly figures: readonly Figure[];
  /** Other facts worth reporting (segments live, members, drift found), by label. */
  readonly facts: Readonly<Record<string, string | number>>;
  /** What the scenario found wrong (a member count DuckDB disagrees with, drift): listed first in the report. */
  readonly problems?: readonly string[];
}

/** A whole benchmark run: what `--json` prints and BENCHMARKS.md shows. */
export interface BenchRun {
  readonly command: string;
  readonly startedAt: string;
  /** The commit the code was at, and whether the working tree had changes on top of it. */
  readonly revision?: string;
  readonly machine: Machine;
  readonly backend: string;
  readonly seed: number;
  readonly size: DatasetSize;
  /** Seconds to generate and load the dataset (0 when a cached copy was reused). */
  readonly loadSeconds: number;
  readonly datasetBytes: number;
  readonly scenarios: readonly ScenarioResult[];
  /** Peak resident memory of the benchmark process, in MiB. */
  readonly peakRssMiB: number;
}
