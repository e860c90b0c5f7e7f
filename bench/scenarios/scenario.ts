import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import type { ScenarioResult } from '../harness/results.ts';

/** How much each scenario does; `run.ts` picks these from `--size` and the flags. */
export interface ScenarioSettings {
  /** Live segments of mixed shapes in the write scenario (issue 5: 100). */
  readonly segments: number;
  /** Timed writes per write kind, after `warmup` untimed ones. */
  readonly samples: number;
  readonly warmup: number;
  /** Go-live samples per representative segment. */
  readonly goLiveRepeats: number;
  /** Import runs each way (`--import-runs`, by default `--repeats`): at 1M contacts one takes minutes. */
  readonly importRuns: number;
  readonly seed: number;
  /** A PostgreSQL server for the go-live scenario (`--pg URL` or SEGMINT_TEST_PG); none: SQLite only. */
  readonly pgUrl?: string | undefined;
  /** An already loaded PostgreSQL schema to use instead of loading one (`--pg-schema`; kept afterwards). */
  readonly pgSchema?: string | undefined;
  /**
   * Whether the PostgreSQL dataset is loaded once and kept for the scenarios after the first that needs
   * it (run.ts, which drops it at the end); otherwise each scenario loads its own and drops it.
   */
  readonly sharePostgres?: boolean | undefined;
  /** Seconds each concurrent-write run lasts (`--concurrent-seconds`; 20 when not given). */
  readonly concurrentSeconds?: number | undefined;
  /** Runs of each command the startup scenario times, built and from source (`--startup-runs`; 5). */
  readonly startupRuns?: number | undefined;
  readonly log: (line: string) => void;
}

/** One benchmark scenario: it opens its own copy of the dataset and reports its figures. */
export interface Scenario {
  readonly id: string;
  run(dataset: SqliteDataset, settings: ScenarioSettings): Promise<ScenarioResult>;
}
