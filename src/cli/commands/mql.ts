import type { Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { runAction } from '../run-action.ts';

const actions = () => import('../actions/mql.ts');

/** `segmint mql …`: segment queries in Dynamics 365 Marketing's query language (MQL), in and out. */
export function registerMql(program: Command): void {
  const mql = program
    .command('mql')
    .description("segment queries in Dynamics 365 Marketing's query language (MQL): read and print them");

  addLocationOptions(
    mql
      .command('parse')
      .description(
        'read a Dynamics segment query (MQL) and print the segment definition it means, as JSON for `segment create`; every problem with its line and column (exit 1) when it cannot be read',
      )
      .argument('<file>', 'a text file holding the query, as msdyncrm_segmentquery holds it')
      .option('--name <name>', "the definition's name (the file's name when not given)"),
  ).action(runAction(() => actions().then((m) => m.parseMqlFile)));

  addLocationOptions(
    mql
      .command('print')
      .description("print a segment's query as MQL, which `mql parse` and `segment create --mql` read back")
      .argument('<id>', 'the segment id'),
  ).action(runAction(() => actions().then((m) => m.printSegmentMql)));
}
