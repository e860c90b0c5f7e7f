import { generateDataset, sizeOf, type DatasetSize } from '../../demo-data/index.ts';
import type { Engine } from '../../engine/index.ts';
import type { StoredSegment } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { demoSegments } from './demo-segments.ts';
import { tutorialRecords } from './tutorial-records.ts';

/** The setting that records when the demo was loaded, so it is loaded once. */
const loadedSetting = 'cli.demoLoadedAt';

export interface DemoOptions {
  readonly contacts: number;
  readonly seed?: number;
  /** Called after each batch with the rows loaded so far and the total. */
  readonly onProgress?: (loaded: number, total: number) => void;
}

export interface DemoResult {
  readonly size: DatasetSize;
  readonly tutorialRecords: number;
  readonly segments: readonly StoredSegment[];
}

/** Where the demo moves generated records of Atlantis to (see `awayFromAtlantis`). */
const lisbon = {
  address1_city: 'Lisbon',
  address1_stateorprovince: 'Lisbon',
  address1_country: 'Portugal',
} as const;

/**
 * `rows` with every record the generator placed in Atlantis moved to Lisbon. The tutorial's first
 * segment is "Contacts from Atlantis", built by the newcomer over the contacts they make: the demo
 * must hold none of its own, or the newcomer's segment shows more members than they made.
 */
export function awayFromAtlantis(
  rows: readonly Readonly<Record<string, unknown>>[],
): readonly Readonly<Record<string, unknown>>[] {
  return rows.map((row) => {
    if (typeof row.address1_city !== 'string' || row.address1_city.toLowerCase() !== 'atlantis') return row;
    const postal = typeof row.address1_postalcode === 'string' ? { address1_postalcode: '1100-001' } : {};
    return { ...row, ...lisbon, ...postal };
  });
}

/** The number of rows `loadDemoData` writes for `contacts` contacts, for a progress bar. */
export function demoRowCount(contacts: number): number {
  const size = sizeOf(contacts);
  const tutorial = tutorialRecords(new Date());
  return (
    size.accounts +
    size.contacts +
    size.leads +
    size.interactions +
    tutorial.contacts.length +
    tutorial.interactions.length
  );
}

/** Whether the demo was loaded into this database before. */
export async function demoLoaded(engine: Engine): Promise<boolean> {
  return (await engine.setting(loadedSetting)) !== undefined;
}

/**
 * Loads the demo: the bench generator's realistic dataset (accounts, contacts, leads, interactions),
 * with nobody in Atlantis, the records of the Dynamics segment tutorial, and the demo segments, live.
 * Written through the engine, so segments that are already live stay right.
 */
export async function loadDemoData(engine: Engine, options: DemoOptions): Promise<DemoResult> {
  if (await demoLoaded(engine)) throw new CliError('The demo data is already loaded in this database.');
  const total = demoRowCount(options.contacts);
  let loaded = 0;
  const insert = async (entity: string, generated: readonly Readonly<Record<string, unknown>>[]) => {
    const rows = awayFromAtlantis(generated);
    const result = await engine.bulkInsert(entity, rows);
    const rejected = result.rejected[0];
    if (rejected) {
      const problem = rejected.problems[0];
      throw new CliError(
        `The demo ${entity} ${String(rows[rejected.index]?.id)} was refused: ${problem?.message ?? ''} (${problem?.path ?? ''})`,
      );
    }
    loaded += rows.length;
    options.onProgress?.(loaded, total);
  };
  const size = await generateDataset({ contacts: options.contacts, seed: options.seed ?? 1 }, insert);
  const tutorial = tutorialRecords(new Date());
  await insert('contact', tutorial.contacts);
  await insert('interaction', tutorial.interactions);
  const segments: StoredSegment[] = [];
  for (const segment of demoSegments) {
    const existing = await engine.segment(segment.id);
    if (!existing) await engine.createSegment(segment.definition, segment.id);
    segments.push(await engine.goLive(segment.id));
  }
  await engine.saveSetting(loadedSetting, new Date().toISOString());
  return { size, tutorialRecords: tutorial.contacts.length + tutorial.interactions.length, segments };
}
