import { Option, type Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { runAction } from '../run-action.ts';

const actions = () => import('../actions/segment.ts');

/** `segmint segment …`: create, go live, stop, list, members, validate. */
export function registerSegment(program: Command): void {
  const segment = program
    .command('segment')
    .description('create, publish, stop, list and validate segments; read their members');

  addLocationOptions(
    segment
      .command('create')
      .description(
        'save a segment definition (JSON, see docs/SEGMENTS.md) as a draft and print its id; or a Dynamics segment query with --mql FILE',
      )
      .argument('[definition.json]', 'the segment definition (with --mql: its name, type and time zone)')
      .option('--id <id>', 'the id to save it under (generated when not given)')
      .option(
        '--mql <file>',
        "the query as MQL, Dynamics 365 Marketing's segment query language (a definition file then has no query)",
      )
      .option(
        '--name <name>',
        "the segment's name, over the definition's (with --mql alone: the MQL file's name when not given)",
      )
      .option(
        '--time-zone <zone>',
        "the IANA time zone its dates are read in, over the definition's (UTC when neither gives one)",
      )
      .addHelpText(
        'after',
        `
Examples:
  segmint segment create women-of-seattle.json
  segmint segment create --mql women-of-seattle.mql --name "Women of Seattle" --time-zone America/Los_Angeles`,
      ),
  ).action(runAction(() => actions().then((m) => m.createSegment)));

  addLocationOptions(
    segment
      .command('go-live')
      .description('validate a segment, compute its members and keep them right from now on')
      .argument('<id>', 'the segment id'),
  ).action(runAction(() => actions().then((m) => m.goLive)));

  addLocationOptions(
    segment
      .command('stop')
      .description('stop maintaining a live segment; its members are kept')
      .argument('<id>', 'the segment id'),
  ).action(runAction(() => actions().then((m) => m.stopSegment)));

  addLocationOptions(
    segment
      .command('list')
      .description('every segment with its state, type and member count')
      .addOption(
        new Option('--format <format>', 'table for people, json for scripts')
          .choices(['table', 'json'])
          .default('table'),
      ),
  ).action(runAction(() => actions().then((m) => m.listSegments)));

  addLocationOptions(
    segment
      .command('members')
      .description("a segment's members with their contact attributes, to stdout")
      .argument('<id>', 'the segment id')
      .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
      .option(
        '--keep-formulas',
        "write text as it is, even text a spreadsheet would run as a formula (by default a cell that begins with =, +, -, @, tab or CR gets a ' in front); for programs, not spreadsheets",
      ),
  ).action(runAction(() => actions().then((m) => m.listMembers)));

  addLocationOptions(
    segment
      .command('validate')
      .description(
        'check a definition against the schema and the saved segments; print every problem with its path (exit 1 when there are any)',
      )
      .argument('<definition.json>', 'the segment definition'),
  ).action(runAction(() => actions().then((m) => m.validateSegment)));
}
