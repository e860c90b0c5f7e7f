import type { Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { runAction } from '../run-action.ts';

/** `segmint eval <definition.json> [--count]`: who a definition selects now, without saving it. */
export function registerEval(program: Command): void {
  addLocationOptions(
    program
      .command('eval')
      .description('evaluate a definition now, without saving it, and print the member ids (or the count)')
      .argument('<definition.json>', 'a segment definition, or just its query ({ "blocks": [...] })')
      .option('--count', 'print only the number of members'),
  ).action(runAction(() => import('../actions/eval.ts').then((m) => m.evaluate)));
}
