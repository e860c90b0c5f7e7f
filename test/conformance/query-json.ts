import type {
  ConditionJson,
  GroupJson,
  QueryBlockJson,
  QueryJson,
  RelatedJson,
  ValueJson,
  WhereJson,
} from './conformance-case.ts';

/**
 * Shorthands that write the user's JSON, nothing more: `condition('address1_city', 'equals', ['Atlantis'])`
 * is `{ kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] }`.
 */
export function condition(
  attribute: string,
  operator: string,
  values?: readonly ValueJson[],
  unit?: ConditionJson['unit'],
): ConditionJson {
  return {
    kind: 'condition',
    attribute,
    operator,
    ...(values === undefined ? {} : { values: [...values] }),
    ...(unit === undefined ? {} : { unit }),
  };
}

export const and = (...children: WhereJson[]): GroupJson => ({ kind: 'group', op: 'and', children });
export const or = (...children: WhereJson[]): GroupJson => ({ kind: 'group', op: 'or', children });

/** The complement of a group: `{ ...group, not: true }`. */
export const not = (group: GroupJson): GroupJson => ({ ...group, not: true });

/** `{ kind: 'related', relationship, where?, count?, window? }`. */
export function related(
  relationship: string,
  where?: GroupJson,
  more: Pick<RelatedJson, 'count' | 'window'> = {},
): RelatedJson {
  return { kind: 'related', relationship, ...(where === undefined ? {} : { where }), ...more };
}

/** A query of one contact block whose `where` is an `and` group of `children`. */
export function contactsWhere(...children: WhereJson[]): QueryJson {
  return { blocks: [{ entity: 'contact', where: and(...children) }] };
}

/** A contact block with an `and` group, for queries of several blocks. */
export function contactBlock(combine: QueryBlockJson['combine'], ...children: WhereJson[]): QueryBlockJson {
  return { ...(combine === undefined ? {} : { combine }), entity: 'contact', where: and(...children) };
}
