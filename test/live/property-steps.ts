import type { Engine, ManualClock } from '../../src/engine/index.ts';
import type { Store } from '../../src/store/index.ts';
import { propertySegments, staticSegmentId } from './property-segments.ts';
import type { Random } from './random.ts';
import { accountValues, contactValues, interactionValues, leadValues } from './random-records.ts';

/** The world one property run writes to. */
export interface World {
  readonly engine: Engine;
  readonly store: Store;
  readonly clock: ManualClock;
  readonly random: Random;
}

const ids = async (store: Store, entity: string) =>
  (await store.records.list(entity, { limit: 1_000_000 })).map((r) => r.id);

/** Segments nothing reads, which a step may stop and publish again. */
const leaves = propertySegments
  .filter((s) => !propertySegments.some((o) => JSON.stringify(o.definition).includes(`"segment":"${s.id}"`)))
  .map((s) => s.id);

const editable = propertySegments.filter((s) => s.alternatives);

/**
 * One random write of any kind, through the engine, returning a short description for the failure
 * message. Writes the engine refuses (a deleted record, say) are part of the sequence too.
 */
export async function randomStep(world: World): Promise<string> {
  const { engine, store, clock, random } = world;
  const now = clock.now();
  const contacts = await ids(store, 'contact');
  const accounts = await ids(store, 'account');
  const interactions = await store.records.count('interaction');
  const chosen = random.weighted<string>([
    [10, 'createContact'],
    [18, 'updateContact'],
    [3, 'deleteContact'],
    [3, 'createAccount'],
    [5, 'updateAccount'],
    [1, 'deleteAccount'],
    [12, 'createInteraction'],
    [3, 'updateInteraction'],
    [3, 'deleteInteraction'],
    [3, 'createLead'],
    [3, 'updateLead'],
    [1, 'deleteLead'],
    [3, 'bulkContacts'],
    [3, 'bulkInteractions'],
    [8, 'clock'],
    [2, 'editSegment'],
    [2, 'stopAndGoLive'],
    [3, 'staticMembers'],
    [3, 'overrides'],
  ]);
  // Keep the population small and steady, so every step can be checked against a full re-evaluation.
  const kind =
    (chosen === 'createContact' || chosen === 'bulkContacts') && contacts.length >= 45
      ? 'deleteContact'
      : (chosen === 'createInteraction' || chosen === 'bulkInteractions') && interactions >= 250
        ? 'deleteInteraction'
        : chosen === 'createAccount' && accounts.length >= 8
          ? 'deleteAccount'
          : chosen;
  const anyOf = async (entity: string) => {
    const all = await ids(store, entity);
    return all.length > 0 ? random.pick(all) : undefined;
  };
  switch (kind) {
    case 'createContact':
      await engine.createRecord('contact', contactValues(random, now, accounts));
      return kind;
    case 'updateContact': {
      const id = await anyOf('contact');
      if (id) await engine.updateRecord('contact', id, contactValues(random, now, accounts));
      return `${kind} ${id}`;
    }
    case 'deleteContact': {
      const id = await anyOf('contact');
      if (id) await engine.deleteRecord('contact', id);
      return `${kind} ${id}`;
    }
    case 'createAccount':
      await engine.createRecord('account', accountValues(random));
      return kind;
    case 'updateAccount': {
      const id = await anyOf('account');
      if (id) await engine.updateRecord('account', id, accountValues(random));
      return `${kind} ${id}`;
    }
    case 'deleteAccount': {
      const id = await anyOf('account');
      if (id) await engine.deleteRecord('account', id);
      return `${kind} ${id}`;
    }
    case 'createInteraction':
      if (contacts.length > 0)
        await engine.createRecord('interaction', interactionValues(random, now, random.pick(contacts)));
      return kind;
    case 'updateInteraction': {
      const id = await anyOf('interaction');
      if (id && contacts.length > 0) {
        const values = interactionValues(random, now, random.pick(contacts));
        await engine.updateRecord('interaction', id, random.chance(0.5) ? values : { type: values.type });
      }
      return `${kind} ${id}`;
    }
    case 'deleteInteraction': {
      const id = await anyOf('interaction');
      if (id) await engine.deleteRecord('interaction', id);
      return `${kind} ${id}`;
    }
    case 'createLead':
      await engine.createRecord('lead', leadValues(random, contacts));
      return kind;
    case 'updateLead': {
      const id = await anyOf('lead');
      if (id) await engine.updateRecord('lead', id, leadValues(random, contacts));
      return `${kind} ${id}`;
    }
    case 'deleteLead': {
      const id = await anyOf('lead');
      if (id) await engine.deleteRecord('lead', id);
      return `${kind} ${id}`;
    }
    case 'bulkContacts': {
      const rows = Array.from({ length: random.int(1, 5) }, () => contactValues(random, now, accounts));
      await engine.bulkInsert('contact', rows);
      return `${kind} ${rows.length}`;
    }
    case 'bulkInteractions': {
      if (contacts.length === 0) return kind;
      const rows = Array.from({ length: random.int(1, 6) }, () =>
        interactionValues(random, now, random.pick(contacts)),
      );
      await engine.bulkInsert('interaction', rows);
      return `${kind} ${rows.length}`;
    }
    case 'clock': {
      const minutes = random.weighted([
        [5, random.int(1, 90)],
        [3, random.int(60, 60 * 30)],
        [1, random.int(60 * 24, 60 * 24 * 4)],
      ]);
      clock.advance({ minutes });
      await engine.tick();
      return `${kind} +${minutes}m`;
    }
    case 'editSegment': {
      const segment = random.pick(editable);
      const definition = random.pick([segment.definition, ...(segment.alternatives ?? [])]);
      await engine.updateSegment(segment.id, definition);
      return `${kind} ${segment.id}`;
    }
    case 'stopAndGoLive': {
      const id = random.pick(leaves);
      await engine.stopSegment(id);
      // A write while it is stopped, so going live again has a difference to apply.
      if (contacts.length > 0)
        await engine.updateRecord('contact', random.pick(contacts), contactValues(random, now, accounts));
      await engine.goLive(id);
      return `${kind} ${id}`;
    }
    case 'staticMembers': {
      const chosen = random.some(contacts, 0.2);
      if (random.chance(0.2)) {
        await engine.editMembers(staticSegmentId, {
          addByQuery: {
            blocks: [
              {
                entity: 'contact',
                where: {
                  kind: 'group',
                  op: 'and',
                  children: [
                    { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['male'] },
                  ],
                },
              },
            ],
          },
        });
      } else if (chosen.length > 0) {
        await engine.editMembers(staticSegmentId, random.chance(0.6) ? { add: chosen } : { remove: chosen });
      }
      return `${kind} ${chosen.length}`;
    }
    default: {
      const target = random.pick(['p_atlantis', 'p_openers', 'p_women', 'p_nested']);
      const chosen = random.some(contacts, 0.15);
      if (chosen.length === 0) return kind;
      const edit = random.weighted<'include' | 'exclude' | 'clear'>([
        [2, 'include'],
        [2, 'exclude'],
        [3, 'clear'],
      ]);
      await engine.editMembers(
        target,
        edit === 'include'
          ? { include: chosen }
          : edit === 'exclude'
            ? { exclude: chosen }
            : { clear: chosen },
      );
      return `${kind} ${edit} ${target} ${chosen.length}`;
    }
  }
}
