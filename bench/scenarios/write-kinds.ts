import { recordId, type DatasetSize, type Random } from '../../src/demo-data/index.ts';
import type { Engine } from '../../src/engine/index.ts';
import type { Store } from '../../src/store/index.ts';

/** One single write, made the same way through the engine and through the store alone. */
export type Write =
  | {
      readonly op: 'update';
      readonly entity: string;
      readonly id: string;
      readonly patch: Readonly<Record<string, unknown>>;
    }
  | { readonly op: 'create'; readonly entity: string; readonly values: Readonly<Record<string, unknown>> };

/** A kind of write the scenario times: each makes a stream of writes of that kind. */
export interface WriteKind {
  readonly name: string;
  /** Kinds in one group are also reported together ("contact update"). */
  readonly group: string;
  next(random: Random): Write;
}

// prettier-ignore
const cities = [
  'Raleigh', 'San Francisco', 'New York', 'Chicago', 'Asheville', 'London', 'Atlantis', 'Austin', 'Seattle',
];
// prettier-ignore
const interestValues = [
  'wine', 'craftbeer', 'cooking', 'travel', 'sports', 'outdoors', 'music', 'art', 'fitness',
];
// prettier-ignore
const industryValues = [
  'software', 'retail', 'consulting', 'financial', 'brewing', 'hospitality', 'education',
];

/**
 * The writes a CRM sees all day: a contact moves city, picks up an interest, corrects a birthday; an
 * account changes industry or head count; a contact opens an email now.
 */
export function writeKinds(size: DatasetSize, now: Date): WriteKind[] {
  const contact = (random: Random) => recordId('contact', random.int(0, size.contacts - 1));
  const account = (random: Random) => recordId('account', random.int(0, size.accounts - 1));
  const update = (entity: string, id: string, patch: Record<string, unknown>): Write => ({
    op: 'update',
    entity,
    id,
    patch,
  });
  return [
    {
      name: 'contact: city',
      group: 'contact update',
      next: (r) => update('contact', contact(r), { address1_city: r.pick(cities) }),
    },
    {
      name: 'contact: interests',
      group: 'contact update',
      next: (r) =>
        update('contact', contact(r), { interests: [r.pick(interestValues), r.pick(interestValues)] }),
    },
    {
      name: 'contact: birthday',
      group: 'contact update',
      next: (r) =>
        update('contact', contact(r), {
          birthdate: `${r.int(1936, 2006)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
        }),
    },
    {
      name: 'account: industry',
      group: 'account update',
      next: (r) => update('account', account(r), { industrycode: r.pick(industryValues) }),
    },
    {
      name: 'account: employees',
      group: 'account update',
      next: (r) => update('account', account(r), { numberofemployees: r.int(1, 5000) }),
    },
    {
      name: 'interaction: new EmailOpened',
      group: 'new interaction',
      next: (r) => ({
        op: 'create',
        entity: 'interaction',
        values: {
          type: 'EmailOpened',
          occurredon: now.toISOString(),
          assetid: `em-${now.toISOString().slice(0, 7)}-newsletter`,
          contactid: contact(r),
        },
      }),
    },
  ];
}

/** Makes `write` with the store alone: no live segment is maintained. */
export async function writeWithStore(store: Store, write: Write): Promise<void> {
  const result =
    write.op === 'update'
      ? await store.records.update(write.entity, write.id, write.patch)
      : await store.records.create(write.entity, write.values);
  if (!result?.ok) throw new Error(`the store refused a benchmark write: ${JSON.stringify(write)}`);
}

/** Makes `write` through the engine, which maintains every live segment in the same transaction. */
export async function writeWithEngine(engine: Engine, write: Write): Promise<void> {
  if (write.op === 'update') await engine.updateRecord(write.entity, write.id, write.patch);
  else await engine.createRecord(write.entity, write.values);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
