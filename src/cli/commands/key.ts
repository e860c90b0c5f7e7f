import { Option, type Command } from 'commander';
import { addLocationOptions } from '../data-location.ts';
import { runAction } from '../run-action.ts';

const actions = () => import('../actions/key.ts');

/** `segmint key …`: make, list and revoke API keys, working on the database directly. */
export function registerKey(program: Command): void {
  const key = program
    .command('key')
    .description('make, list and revoke API keys (anyone who can open the database may)');

  addLocationOptions(
    key
      .command('create')
      .description('make an API key and print its secret, this once')
      .argument('<name>', 'who or what uses it, e.g. "campaign tool"')
      .addOption(
        new Option(
          '--scope <scope>',
          'read: GET routes; write: also records, imports, static members; admin: all',
        )
          .choices(['read', 'write', 'admin'])
          .makeOptionMandatory(),
      ),
  ).action(runAction(() => actions().then((m) => m.createKey)));

  addLocationOptions(
    key
      .command('list')
      .description('every key with its scope, when it was made and last used, and whether it is revoked')
      .addOption(
        new Option('--format <format>', 'table for people, json for scripts')
          .choices(['table', 'json'])
          .default('table'),
      ),
  ).action(runAction(() => actions().then((m) => m.listKeys)));

  addLocationOptions(
    key
      .command('revoke')
      .description('revoke a key: servers refuse it within seconds')
      .argument('<id>', 'the key id (from `key list`)'),
  ).action(runAction(() => actions().then((m) => m.revokeKey)));
}
