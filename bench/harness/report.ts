import type { BenchRun, Figure, ScenarioResult } from './results.ts';
import { summaryTable } from './summary.ts';

/** BENCHMARKS.md: the machine, the sizes, and for each figure its median, spread and number of samples. */
export function markdownReport(run: BenchRun): string {
  const { machine, size } = run;
  return [
    '# Benchmarks',
    '',
    `Written by \`${run.command}\` on ${run.startedAt}${run.revision === undefined ? '' : ` (code at ${run.revision})`}.`,
    'Times are milliseconds unless marked; p99 is the 99th percentile (nearest rank); n is the number of',
    'timed samples. Where a figure has a baseline, both were measured in the same run, alternating, and',
    'the ratio of medians is the figure to read.',
    '',
    '## Machine',
    '',
    tableRow(['CPU', 'cores', 'RAM', 'Node', 'OS', 'load average at start', 'peak resident memory']),
    tableRow(['---', '---:', '---:', '---', '---', '---:', '---:']),
    tableRow([
      machine.cpu,
      machine.cores,
      `${machine.ramGiB} GiB`,
      machine.node,
      machine.os,
      machine.loadAverage,
      `${run.peakRssMiB} MiB`,
    ]),
    '',
    '## Dataset',
    '',
    tableRow([
      'backend',
      'contacts',
      'accounts',
      'leads',
      'interactions',
      'database',
      'generate + load',
      'seed',
    ]),
    tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    tableRow([
      run.backend,
      count(size.contacts),
      count(size.accounts),
      count(size.leads),
      count(size.interactions),
      `${Math.round(run.datasetBytes / 2 ** 20)} MiB`,
      run.loadSeconds > 0 ? `${Math.round(run.loadSeconds)} s` : 'cached',
      run.seed,
    ]),
    '',
    ...summaryTable(run, ms),
    ...run.scenarios.flatMap(scenarioSection),
  ].join('\n');
}

function scenarioSection(scenario: ScenarioResult): string[] {
  const withBaseline = scenario.figures.some((f) => f.baseline);
  const own = ['figure', 'median', 'p99', 'min', 'max', 'n'];
  const header = withBaseline
    ? [...own, 'baseline median', 'baseline p99', 'ratio of medians', 'target or note']
    : [...own, 'note', 'target'];
  const align = header.map((_, i) => (i === 0 || i === header.length - 1 ? '---' : '---:'));
  if (!withBaseline) align[header.length - 2] = '---';
  const facts = Object.entries(scenario.facts).map(([label, value]) => `- ${label}: ${value}`);
  return [
    `## ${scenario.title}`,
    '',
    scenario.description,
    '',
    ...(scenario.figures.length === 0
      ? []
      : [
          tableRow(header),
          tableRow(align),
          ...scenario.figures.map((figure) => figureRow(figure, withBaseline)),
          '',
        ]),
    ...facts,
    ...(facts.length > 0 ? [''] : []),
  ];
}

function figureRow(figure: Figure, withBaseline: boolean): string {
  const { stats, baseline } = figure;
  const own = [figure.name, ms(stats.median), ms(stats.p99), ms(stats.min), ms(stats.max), stats.samples];
  if (!withBaseline) return tableRow([...own, figure.note ?? '', figure.target ?? '']);
  const last = [figure.target, figure.note].filter((text) => text !== undefined).join('; ');
  if (!baseline) return tableRow([...own, '', '', '', last]);
  const ratio = baseline.median > 0 ? `${(stats.median / baseline.median).toFixed(2)}×` : '';
  return tableRow([...own, ms(baseline.median), ms(baseline.p99), ratio, last]);
}

function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Milliseconds with the precision that matters at their size. */
export function ms(value: number): string {
  if (value < 1) return value.toFixed(3);
  if (value < 100) return value.toFixed(2);
  return Math.round(value).toLocaleString('en-US');
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
