import type { KeyScope, StoredKey } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { commandLine } from '../command-line-audit.ts';
import type { LocationOptions } from '../data-location.ts';
import { ExitCode } from '../exit-codes.ts';
import { withReads } from '../open-engine.ts';
import { printLines } from '../output.ts';
import { textTable } from '../text-table.ts';

/** `key create <name> --scope …`: makes a key and prints its secret once. */
export async function createKey(
  name: string,
  options: LocationOptions & { readonly scope: KeyScope },
): Promise<ExitCode> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100)
    throw new CliError('A key needs a name of 1 to 100 characters, such as "campaign tool".');
  const key = await withReads(options, { create: false }, (reads) =>
    reads.access.createKey({ name: trimmed, scope: options.scope }, commandLine),
  );
  await printLines([
    `Made the ${key.scope} key "${key.name}" (${key.id}). Its secret, shown this once:`,
    key.secret,
    'Send it as "Authorization: Bearer <secret>".',
  ]);
  return ExitCode.ok;
}

/** `key list`: every key, never a secret. */
export async function listKeys(
  options: LocationOptions & { readonly format: 'table' | 'json' },
): Promise<ExitCode> {
  const keys = await withReads(options, { create: false }, (reads) => reads.access.keys());
  if (options.format === 'json') {
    await printLines([JSON.stringify(keys, null, 2)]);
    return ExitCode.ok;
  }
  const state = (key: StoredKey) => (key.revokedAt === null ? 'active' : `revoked ${key.revokedAt}`);
  await printLines(
    textTable([
      ['ID', 'NAME', 'SCOPE', 'CREATED', 'LAST USED', 'STATE'],
      ...keys.map((k) => [k.id, k.name, k.scope, k.createdAt, k.lastUsedAt ?? 'never', state(k)]),
    ]),
  );
  return ExitCode.ok;
}

/** `key revoke <id>`. Unlike the API, the command line may revoke the last admin key: it is how an operator locks everyone out. */
export async function revokeKey(id: string, options: LocationOptions): Promise<ExitCode> {
  const revoked = await withReads(options, { create: false }, (reads) =>
    reads.access.revokeKey(id, commandLine),
  );
  if (!revoked) throw new CliError(`There is no active key "${id}"; see \`segmint key list\`.`);
  await printLines([`Revoked the key ${id}. Servers refuse it within seconds.`]);
  return ExitCode.ok;
}
