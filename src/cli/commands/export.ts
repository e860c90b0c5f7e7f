import type { Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { runAction } from '../run-action.ts';

/** `segmint export <segmentId> [--output FILE]`: a segment's members as CSV. */
export function registerExport(program: Command): void {
  addLocationOptions(
    program
      .command('export')
      .description("export a segment's members as CSV (id and every contact attribute)")
      .argument('<segmentId>', 'the segment id')
      .option('-o, --output <file>', 'write to this file instead of stdout'),
  ).action(runAction(() => import('../actions/export.ts').then((m) => m.exportMembers)));
}
