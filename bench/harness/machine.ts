import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';

/** The machine a benchmark ran on, as BENCHMARKS.md reports it. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly freeRamGiB: number;
  readonly node: string;
  readonly os: string;
  /** The 1-minute load average when the run started: other work on a shared machine shows here. */
  readonly loadAverage: number;
}

export function describeMachine(): Machine {
  const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGiB: gib(totalmem()),
    freeRamGiB: gib(freemem()),
    node: process.version,
    os: `${osType()} ${release()}`,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
