import type { Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { runAction } from '../run-action.ts';

/** `segmint export <segmentId> [--output FILE] [--keep-formulas]`: a segment's members as CSV. */
export function registerExport(program: Command): void {
  addLocationOptions(
    program
      .command('export')
      .description("export a segment's members as CSV (id and every contact attribute)")
      .argument('<segmentId>', 'the segment id')
      .option('-o, --output <file>', 'write to this file instead of stdout')
      .option(
        '--keep-formulas',
        "write text as it is, even text a spreadsheet would run as a formula (by default a cell that begins with =, +, -, @, tab or CR gets a ' in front); for programs, not spreadsheets",
      ),
  ).action(runAction(() => import('../actions/export.ts').then((m) => m.exportMembers)));
}
