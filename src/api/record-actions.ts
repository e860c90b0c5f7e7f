import type { Engine } from '../engine/index.ts';
import type { StoredRecord } from '../store/index.ts';
import { notFound } from './api-error.ts';

/** A record by id, or a 404 naming it (and an unknown entity is a 404 too, from the store). */
export async function recordOrNotFound(engine: Engine, entity: string, id: string): Promise<StoredRecord> {
  const record = await engine.record(entity, id);
  if (!record) throw notFound(`There is no ${entity} "${id}".`);
  return record;
}
