import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient, CrmRecord, Entity, RecordValues } from '../api/index.ts';
import { handOverNotice } from '../shell/index.ts';
import { recordName } from './record-values.ts';

/** What a list of records asks for (`GET /api/records/{entity}`'s query). */
export interface RecordQuery {
  readonly search?: string;
  /** An attribute, `-` before it for descending order; by id when absent. */
  readonly sort?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

const list = '/api/records/{entity}';
const one = '/api/records/{entity}/{id}';

/** The records routes of the API for any entity of the schema, over the app's `ApiClient`. */
export const recordsApi = {
  list: (api: ApiClient, entity: string, query: RecordQuery = {}) =>
    api.get(list, { params: { path: { entity }, query } }),
  get: (api: ApiClient, entity: string, id: string) => api.get(one, { params: { path: { entity, id } } }),
  create: (api: ApiClient, entity: string, values: RecordValues) =>
    api.post(list, { params: { path: { entity } }, body: values }),
  update: (api: ApiClient, entity: string, id: string, values: RecordValues) =>
    api.patch(one, { params: { path: { entity, id } }, body: values }),
  remove: (api: ApiClient, entity: string, id: string) =>
    api.delete(one, { params: { path: { entity, id } } }),
};

/** The address of a record's page, or of an entity's list. */
export const recordHref = (entity: string, id?: string) =>
  `/records/${encodeURIComponent(entity)}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;

/**
 * The address of an entity's list searched to one record (Save & Close lands there, so that the record
 * does not vanish into a long list): by its name, else its email, which is what the list's search
 * looks in when they are text. The whole list when neither is (an interaction is named by its type):
 * the notice `handOverSaved` leaves there links to the record.
 */
export function searchedListHref(entity: Entity, record: CrmRecord): string {
  const textOf = (name: string): string => {
    const searched = entity.attributes.some((a) => a.name === name && a.type === 'string');
    const value = record[name];
    return searched && typeof value === 'string' ? value.trim() : '';
  };
  const text = textOf(entity.primaryAttribute) || textOf('emailaddress1');
  return text === ''
    ? recordHref(entity.name)
    : `${recordHref(entity.name)}?search=${encodeURIComponent(text)}`;
}

/**
 * Tells the entity's list, which Save & Close goes to, what was saved: it shows "Interaction created:
 * Email Opened" at its top, with **Open** going to the record.
 */
export function handOverSaved(
  client: QueryClient,
  entity: Entity,
  record: CrmRecord,
  done: 'created' | 'saved',
): void {
  handOverNotice(client, recordHref(entity.name), {
    text: `${entity.displayName} ${done}: ${recordName(entity, record)}`,
    href: recordHref(entity.name, record.id),
  });
}
