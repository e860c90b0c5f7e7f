import type { Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { runAction } from '../run-action.ts';

/** `segmint import <entity> <file.csv>`: load records, keeping live segments right as they land. */
export function registerImport(program: Command): void {
  addLocationOptions(
    program
      .command('import')
      .summary('load records from a CSV file, with a progress bar')
      .description(
        "Load records of an entity from CSV: a header row of logical names (firstname) or display names (First Name), then one record per row. A file exported from Dynamics 365 loads as it is: choices by option value, label (Female) or Dataverse value (2), lookups by id or by the name of the record they point to (an account's name). A row whose id exists updates that record. Rejected rows are reported with their line numbers and reasons while the good rows load (exit 2); columns not read are listed; live segments stay right as the rows land.",
      )
      .argument('<entity>', 'the entity: contact, account, lead, interaction or a custom one')
      .argument('<file.csv>', 'the CSV file, read as a stream'),
  ).action(runAction(() => import('../actions/import.ts').then((m) => m.importFile)));
}
