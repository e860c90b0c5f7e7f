import { existsSync } from 'node:fs';
import { Engine, EngineReads } from '../engine/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { CliError } from './cli-error.ts';
import { dataLocation, prepareLocation, type DataLocation, type LocationOptions } from './data-location.ts';

/** Whether a command may start a new, empty database (serve, demo, import, segment create) or needs one. */
export interface OpenOptions {
  readonly create: boolean;
}

/** Opens the database at `location`, or says which one could not be opened and why. */
export async function openLocation(location: DataLocation, options: OpenOptions): Promise<Store> {
  prepareLocation(location, options.create);
  try {
    return await openStore(location.database);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot open the database (${location.description}): ${reason}`);
  }
}

/**
 * Runs `work` with an engine over the command's database and closes both afterwards, whatever
 * happens. The engine does not tick on its own here: a command is short.
 */
export async function withEngine<T>(
  locationOptions: LocationOptions,
  options: OpenOptions,
  work: (engine: Engine, location: DataLocation) => Promise<T>,
): Promise<T> {
  const location = dataLocation(locationOptions);
  const database = await openLocation(location, options);
  try {
    const engine = await Engine.open(database);
    try {
      return await work(engine, location);
    } finally {
      await engine.stop();
    }
  } finally {
    await database.close();
  }
}

/**
 * Runs `work` with the reads of the command's database, and its keys and audit trail, but no engine:
 * no segment is loaded and the clock does not tick, so nothing is written but what `work` asks of
 * `access`. Closes the database afterwards.
 */
export async function withReads<T>(
  locationOptions: LocationOptions,
  options: OpenOptions,
  work: (reads: EngineReads, location: DataLocation) => Promise<T>,
): Promise<T> {
  const location = dataLocation(locationOptions);
  const database = await openLocation(location, options);
  try {
    return await work(new EngineReads(database), location);
  } finally {
    await database.close();
  }
}

/** Whether the command's database exists yet (a command that only checks may do without one). */
export function hasDatabase(location: DataLocation): boolean {
  return location.database.kind === 'postgres' || existsSync(location.database.filename);
}
