import type { ScenarioResult } from '../harness/results.ts';
import type { Scenario } from './scenario.ts';

/** The process's peak resident memory so far, in MiB (`maxRSS` is in KiB). */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Memory (issue 5's scenario 6): the peak resident memory of the benchmark process, which runs the
 * engine and store in process as the server does, over every scenario before this one (`run.ts` runs
 * it last), beside the memory in use now. BENCHMARKS.md also shows the peak in the machine section,
 * and each scenario lists the peak reached by its end.
 */
export function memoryScenario(): Promise<ScenarioResult> {
  const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
  const usage = process.memoryUsage();
  return Promise.resolve({
    id: 'memory',
    title: 'Memory',
    description: [
      'The peak resident memory of the benchmark process (process.resourceUsage().maxRSS), over the',
      'dataset load and every scenario run before this one; the engine and the store run in this',
      'process as they do in the server. Each scenario above lists the peak reached by its end.',
    ].join(' '),
    figures: [],
    facts: {
      'peak resident memory, MiB': peakRssMiB(),
      'resident memory now, MiB': mib(usage.rss),
      'V8 heap used now, MiB': mib(usage.heapUsed),
      'external and array buffers now, MiB': mib(usage.external + usage.arrayBuffers),
      target: 'none set; issue 5 asks for the figure at 1M contacts',
    },
  });
}

export const memory: Scenario = { id: 'memory', run: memoryScenario };
