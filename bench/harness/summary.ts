import type { BenchRun } from './results.ts';
import { judge } from './targets.ts';

/**
 * The summary table of BENCHMARKS.md: every figure that has a target, from every scenario, with its
 * median, spread and baseline beside the target, the reading it is judged by and whether it is met at
 * the size that ran. Figures without a target (a go-live on PostgreSQL, set-up steps) stay in their
 * scenario's own table below.
 */
export function summaryTable(run: BenchRun, ms: (value: number) => string): string[] {
  const rows = run.scenarios.flatMap((scenario) =>
    scenario.figures
      .filter((figure) => figure.target !== undefined || figure.goal !== undefined)
      .map((figure) => {
        const verdict = judge(figure);
        const { stats, baseline } = figure;
        return cells([
          scenario.id,
          figure.name,
          ms(stats.median),
          ms(stats.p99),
          `${ms(stats.min)}–${ms(stats.max)}`,
          stats.samples,
          baseline ? ms(baseline.median) : '',
          baseline && baseline.median > 0 ? `${(stats.median / baseline.median).toFixed(2)}×` : '',
          figure.target ?? '',
          verdict?.reading ?? '',
          verdict === undefined ? 'not judged' : verdict.met ? 'met' : '**missed**',
        ]);
      }),
  );
  const problems = run.scenarios.flatMap((s) => (s.problems ?? []).map((p) => `- ${s.id}: ${p}`));
  return [
    '## Every figure beside its target',
    '',
    `At ${run.size.contacts.toLocaleString('en-US')} contacts (issue 5 states most targets at 1M). Times in`,
    'ms; range is min–max; ratio is the median over the baseline median, both from this run.',
    '',
    cells([
      'scenario',
      'figure',
      'median',
      'p99',
      'range',
      'n',
      'baseline median',
      'ratio',
      'target',
      'judged by',
      'target met',
    ]),
    cells(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---', '---']),
    ...rows,
    '',
    ...(problems.length > 0 ? ['**Problems found in this run:**', '', ...problems, ''] : []),
  ];
}

function cells(values: readonly (string | number)[]): string {
  return `| ${values.join(' | ')} |`;
}
