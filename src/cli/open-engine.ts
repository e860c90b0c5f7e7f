import { Engine } from '../engine/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { CliError } from './cli-error.ts';
import { dataLocation, prepareLocation, type DataLocation, type LocationOptions } from './data-location.ts';

/** Whether a command may start a new, empty database (serve, demo, import, segment create) or needs one. */
export interface OpenOptions {
  readonly create: boolean;
}

/** Opens the store at `location`, or says which database could not be opened and why. */
export async function openLocation(location: DataLocation, options: OpenOptions): Promise<Store> {
  prepareLocation(location, options.create);
  try {
    return await openStore(location.store);
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
  const store = await openLocation(location, options);
  try {
    const engine = await Engine.open(store);
    try {
      return await work(engine, location);
    } finally {
      await engine.stop();
    }
  } finally {
    await store.close();
  }
}

/** Runs `work` with the command's store (no engine: nothing is written) and closes it afterwards. */
export async function withStore<T>(
  locationOptions: LocationOptions,
  options: OpenOptions,
  work: (store: Store, location: DataLocation) => Promise<T>,
): Promise<T> {
  const location = dataLocation(locationOptions);
  const store = await openLocation(location, options);
  try {
    return await work(store, location);
  } finally {
    await store.close();
  }
}
