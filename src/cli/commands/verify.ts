import type { Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { runAction } from '../run-action.ts';

/** `segmint verify`: recompute every live segment and report stored members that are wrong. */
export function registerVerify(program: Command): void {
  addLocationOptions(
    program
      .command('verify')
      .description(
        'recompute every live segment from scratch and report any member stored wrong (exit 1 when any)',
      ),
  ).action(runAction(() => import('../actions/verify.ts').then((m) => m.verify)));
}
