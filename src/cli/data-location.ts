import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { StoreOptions } from '../store/index.ts';
import { CliError } from './cli-error.ts';
import { keepPrivate } from './private-files.ts';

/** The options every command takes to find its database: `--data-dir` and `--pg`. */
export interface LocationOptions {
  readonly dataDir: string;
  readonly pg?: string | undefined;
}

/**
 * Where a command's data is: the data directory (which holds the SQLite file and the admin token) and
 * the database in it, or the PostgreSQL server `--pg` names.
 */
export interface DataLocation {
  readonly dataDir: string;
  readonly database: StoreOptions;
  /** For messages: `SQLite at data/segmint.db`, `PostgreSQL at postgres://app@db/segmint` (no password). */
  readonly description: string;
}

/** The SQLite file inside a data directory. */
export const databaseFileName = 'segmint.db';

/** Adds `--data-dir` and `--pg` (env `SEGMINT_PG_URL`) to a command, as every command has them. */
export function addLocationOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--data-dir <dir>',
        `the data directory: the SQLite file (${databaseFileName}) and the admin token`,
      ).default('./data'),
    )
    .addOption(
      new Option('--pg <url>', 'use this PostgreSQL database instead of SQLite').env('SEGMINT_PG_URL'),
    );
}

/** Resolves the options to a location; nothing is created yet. */
export function dataLocation(options: LocationOptions): DataLocation {
  const dataDir = resolve(options.dataDir);
  if (options.pg !== undefined && options.pg !== '') {
    return {
      dataDir,
      database: { kind: 'postgres', url: options.pg },
      description: `PostgreSQL at ${withoutPassword(options.pg)}`,
    };
  }
  const filename = join(dataDir, databaseFileName);
  return { dataDir, database: { kind: 'sqlite', filename }, description: `SQLite at ${filename}` };
}

/**
 * Makes sure the data directory exists (`create`) or that the SQLite database is already there, so
 * that a mistyped `--data-dir` is an error rather than a new, empty database.
 */
export function prepareLocation(location: DataLocation, create: boolean): void {
  if (existsSync(location.dataDir) && !statSync(location.dataDir).isDirectory())
    throw new CliError(`The data directory "${location.dataDir}" is a file, not a directory.`);
  const { database } = location;
  if (create) {
    mkdirSync(location.dataDir, { recursive: true, mode: 0o700 });
    keepPrivate(location.dataDir, database.kind === 'sqlite' ? database.filename : undefined);
    return;
  }
  if (database.kind === 'sqlite' && !existsSync(database.filename)) {
    throw new CliError(`There is no Segmint database in "${location.dataDir}".`, undefined, [
      'Start one with `segmint serve` or `segmint demo`, or point --data-dir (or --pg) at yours.',
    ]);
  }
  if (database.kind === 'sqlite') keepPrivate(location.dataDir, database.filename);
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable URL)';
  }
}
