import {
  attributesByName,
  normalizeValue,
  type AttributeValue,
  type EntityDef,
  type Problem,
} from '../schema/index.ts';
import { unstorableReason } from './column-codec.ts';

/**
 * Turns what a user sent for a record (JSON or a CSV row, by logical names) into kept values, or every
 * problem, each with the attribute's name as its path.
 */

/** The longest record id the store accepts. */
export const maxIdLength = 200;

export type PreparedInput =
  | { readonly ok: true; readonly id: string | undefined; readonly values: Record<string, AttributeValue> }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The problem with a record id a user gave, if any: ids are text, trimmed, without control characters. */
export function idProblem(raw: unknown): Problem | undefined {
  const valid =
    typeof raw === 'string' &&
    raw.length > 0 &&
    raw.length <= maxIdLength &&
    raw === raw.trim() &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(raw);
  if (valid) return undefined;
  return {
    code: 'INVALID_ID',
    message: `An id is text of 1 to ${maxIdLength} characters with no spaces around it.`,
    path: 'id',
  };
}

/** Checks and normalizes each value of `input` for `entity`; `id` is checked but kept apart. */
export function prepareInput(entity: EntityDef, input: unknown): PreparedInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ code: 'INVALID_RECORD', message: 'A record is an object of attribute values.', path: '' }],
    };
  }
  const problems: Problem[] = [];
  const values: Record<string, AttributeValue> = {};
  let id: string | undefined;
  for (const [name, raw] of Object.entries(input)) {
    if (name === 'id') {
      if (raw === undefined || raw === null || raw === '') continue;
      const problem = idProblem(raw);
      if (problem) problems.push(problem);
      else id = raw as string;
      continue;
    }
    const attribute = attributesByName(entity).get(name);
    if (!attribute) {
      problems.push({
        code: 'UNKNOWN_ATTRIBUTE',
        message: `${entity.displayName} has no attribute "${name}".`,
        path: name,
      });
      continue;
    }
    if (attribute.computed) {
      if (raw === undefined) continue;
      problems.push({
        code: 'COMPUTED_ATTRIBUTE',
        message: `${attribute.displayName} is computed and cannot be written.`,
        path: name,
      });
      continue;
    }
    if (raw === undefined) continue;
    const result = normalizeValue(attribute, raw);
    const reason = result.ok ? unstorableReason(attribute, result.value) : result.reason;
    if (reason !== undefined) {
      problems.push({ code: 'INVALID_VALUE', message: `${attribute.displayName}: ${reason}.`, path: name });
    } else if (result.ok) {
      values[name] = result.value;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, id, values };
}

/**
 * The time stamps the store keeps when the user does not send them: `createdon` on create, and
 * `modifiedon` on every write, for the entities that have them.
 */
export function stampValues(
  entity: EntityDef,
  values: Record<string, AttributeValue>,
  mode: 'create' | 'update',
  now: string,
): Record<string, AttributeValue> {
  const has = (name: string) => {
    const attribute = attributesByName(entity).get(name);
    return attribute !== undefined && attribute.type === 'datetime' && !attribute.custom;
  };
  const stamped = { ...values };
  if (mode === 'create' && has('createdon') && stamped.createdon == null) stamped.createdon = now;
  if (has('modifiedon') && !('modifiedon' in values))
    stamped.modifiedon = mode === 'create' ? (stamped.createdon ?? now) : now;
  return stamped;
}
