import type { AttributeValue, EntityDef } from '../schema/index.ts';

/**
 * Attributes the store computes on every write that touches their inputs (`computed: true` in the
 * schema): a contact's or lead's `fullname` is `firstname lastname`, trimmed, null when both are missing.
 */
interface Computation {
  readonly inputs: readonly string[];
  compute(value: (attribute: string) => AttributeValue): AttributeValue;
}

const computations: Readonly<Record<string, Computation>> = {
  fullname: {
    inputs: ['firstname', 'lastname'],
    compute(value) {
      const parts = [value('firstname'), value('lastname')].filter((v): v is string => typeof v === 'string');
      const full = parts.join(' ').trim();
      return full === '' ? null : full;
    },
  },
};

/**
 * The computed values a write changes: for each computed attribute of `entity` whose inputs `changed`
 * touches, its value over `current` (the record as it will be after the write).
 */
export function computedValues(
  entity: EntityDef,
  changed: Readonly<Record<string, AttributeValue>>,
  current: Readonly<Record<string, AttributeValue>>,
): Record<string, AttributeValue> {
  const result: Record<string, AttributeValue> = {};
  for (const attribute of entity.attributes) {
    const computation = attribute.computed ? computations[attribute.name] : undefined;
    if (!computation || !computation.inputs.some((input) => input in changed)) continue;
    result[attribute.name] = computation.compute((name) => current[name] ?? null);
  }
  return result;
}
