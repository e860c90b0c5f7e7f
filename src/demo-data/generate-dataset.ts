import { accountRows } from './accounts.ts';
import { contactRows } from './contacts.ts';
import { interactionRows } from './interactions.ts';
import { leadRows } from './leads.ts';
import { Population } from './population.ts';
import { Random, seedFor } from './random.ts';
import type { GeneratedEntity } from './record-ids.ts';
import { sizeOf, type DatasetSize } from './sizes.ts';

/** What to generate: the number of contacts (everything else in proportion) and the seed. */
export interface DatasetOptions {
  readonly contacts: number;
  readonly seed: number;
  /** The moment the data leads up to (two years back from it); the present by default. */
  readonly now?: Date | string;
  /** Rows handed to the sink at a time; 5,000 by default. */
  readonly batchSize?: number;
}

/** Receives the generated rows, one batch of one entity at a time; awaited before the next batch. */
export type DatasetSink = (
  entity: GeneratedEntity,
  rows: readonly Readonly<Record<string, unknown>>[],
) => Promise<void>;

/**
 * Generates a realistic CRM dataset and streams it to `sink` in batches: accounts, then contacts,
 * leads and interactions, each batch only after the records it points to. The same options give the
 * same rows (ids included) on every machine; at no point is more than one batch (plus a number per
 * contact and per account for their weights) held in memory, so 5M interactions stream in constant
 * space. Rows use logical names and the values users send (`YYYY-MM-DD`, ISO instants, money text),
 * so they load with `records.bulkInsert` or the engine's `bulkInsert`.
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', filename: 'demo.db' });
 * await generateDataset({ contacts: 2_000, seed: 1 }, async (entity, rows) => {
 *   const result = await store.records.bulkInsert(entity, rows);
 *   if (result.rejected.length > 0) throw new Error(`${entity}: rows rejected`);
 * });
 */
export async function generateDataset(options: DatasetOptions, sink: DatasetSink): Promise<DatasetSize> {
  const size = sizeOf(options.contacts);
  const { seed } = options;
  const nowMs = new Date(options.now ?? Date.now()).getTime();
  if (Number.isNaN(nowMs)) throw new RangeError(`not a moment: ${String(options.now)}`);
  const batchSize = options.batchSize ?? 5_000;
  // Large accounts employ many contacts; a few contacts are very active and 15% never act.
  const accounts = new Population(size.accounts, new Random(seedFor(seed, 'account-weight')), 1.4);
  const contacts = new Population(size.contacts, new Random(seedFor(seed, 'contact-activity')), 1.3, 0.15);

  const stream = async (entity: GeneratedEntity, rows: Iterable<Record<string, unknown>>) => {
    let batch: Record<string, unknown>[] = [];
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= batchSize) {
        await sink(entity, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await sink(entity, batch);
  };
  await stream('account', accountRows(size.accounts, seedFor(seed, 'account'), nowMs));
  await stream('contact', contactRows(size.contacts, seedFor(seed, 'contact'), nowMs, accounts));
  await stream('lead', leadRows(size.leads, seedFor(seed, 'lead'), nowMs, contacts, accounts));
  await stream(
    'interaction',
    interactionRows(size.interactions, seedFor(seed, 'interaction'), nowMs, contacts),
  );
  return size;
}
