/**
 * Segment definitions written as a user writes their JSON (SEGMENTS.md), with a little less typing.
 * They stay plain JSON: the engine parses and validates them as it would a request body.
 */

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

/** A benchmark segment: the id it is saved under (segment blocks name it) and its definition. */
export interface BenchSegment {
  readonly id: string;
  readonly name: string;
  readonly definition: JsonObject;
}

export const condition = (attribute: string, operator: string, values: Json[] = [], unit?: string) => ({
  kind: 'condition',
  attribute,
  operator,
  values,
  ...(unit === undefined ? {} : { unit }),
});

export const and = (...children: JsonObject[]) => ({ kind: 'group', op: 'and', children });
export const or = (...children: JsonObject[]) => ({ kind: 'group', op: 'or', children });
export const not = (group: JsonObject) => ({ ...group, not: true });

/** Records reached through `relationship` matching `where`; at least one unless `count` says otherwise. */
export const related = (
  relationship: string,
  where: JsonObject,
  extra: {
    count?: { operator: string; value: number };
    window?: { attribute: string; last: number; unit: string };
  } = {},
): JsonObject => ({ kind: 'related', relationship, where, ...extra });

/** "At least `times` interactions of `type` in the last `days` days." */
export const didRecently = (type: string, times: number, days: number, ...more: JsonObject[]): JsonObject =>
  related('interactions', and(condition('type', 'equals', [type]), ...more), {
    count: { operator: 'atLeast', value: times },
    window: { attribute: 'occurredon', last: days, unit: 'days' },
  });

export const contactBlock = (where: JsonObject, combine?: string): JsonObject => ({
  ...(combine === undefined ? {} : { combine }),
  entity: 'contact',
  where,
});

export const segmentBlock = (segment: string, combine?: string): JsonObject => ({
  ...(combine === undefined ? {} : { combine }),
  segment,
});

/** A dynamic segment of the given blocks. */
export const dynamic = (id: string, name: string, blocks: JsonObject[], timeZone = 'UTC'): BenchSegment => ({
  id,
  name,
  definition: { name, type: 'dynamic', timeZone, query: { blocks } },
});
