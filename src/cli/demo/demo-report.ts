import type { DemoResult } from './demo-data.ts';
import { count, counted } from '../output.ts';
import { textTable } from '../text-table.ts';

/** What `demo` and a first `serve` print after loading the demo: the counts and the live segments. */
export function demoReport(result: DemoResult): string[] {
  const { size } = result;
  return [
    `Loaded the demo: ${count(size.contacts)} contacts, ${count(size.accounts)} accounts, ${count(size.leads)} leads, ${count(size.interactions)} interactions, and ${result.tutorialRecords} records of the segment tutorial.`,
    'Live demo segments:',
    ...textTable(
      result.segments.map((s) => [s.id, counted(s.memberCount, 'member'), s.name]),
      [1],
    ).map((line) => `  ${line}`),
  ];
}
