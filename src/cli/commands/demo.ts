import type { Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { defaultDemoContacts } from '../demo/demo-size.ts';
import { runAction, wholeNumber } from '../run-action.ts';

/** `segmint demo [--contacts N]`: the demo dataset and its live segments. */
export function registerDemo(program: Command): void {
  addLocationOptions(
    program
      .command('demo')
      .summary('load a realistic demo dataset and live demo segments, with a progress bar')
      .description(
        'Load a realistic demo dataset (the bench generator: contacts, accounts, leads and interactions, the same for the same size), the records of the Dynamics segment tutorial (contacts in Lisbon, wine enthusiasts in San Francisco, craft beer fans at the festival booth; nobody in Atlantis, whose segment is the tutorial’s to build), and live demo segments over them.',
      )
      .option(
        '--contacts <n>',
        'contacts to generate (accounts, leads and interactions in proportion)',
        wholeNumber(1, 10_000_000),
        defaultDemoContacts,
      ),
  ).action(runAction(() => import('../actions/demo.ts').then((m) => m.demo)));
}
