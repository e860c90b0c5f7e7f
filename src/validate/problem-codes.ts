import type { Problem } from '../schema/problem.ts';

/**
 * Every code `validate/` reports, with what it means. Codes are stable: clients match on them, so a
 * code is never renamed or reused for another meaning. (Shape problems, such as a missing field, come
 * from `parseDefinition` before validation and have their own codes.)
 */
export const problemCodes = {
  MISSING_QUERY: 'A dynamic segment has no query.',
  QUERY_ON_STATIC: 'A static segment has a query; static segments get members by id or by addByQuery.',
  INVALID_TIME_ZONE: 'The time zone is not an IANA time zone such as "America/Los_Angeles".',
  EMPTY_QUERY: 'The query has no blocks.',
  COMBINE_ON_FIRST_BLOCK:
    'The first block says how to combine, but there is nothing before it to combine with.',
  MISSING_COMBINE: 'A block after the first does not say how to combine (union, intersect or exclude).',
  INCOMPLETE:
    'A part of the query is not chosen yet: the attribute or operator of a row, the related entity, the entity or segment of a block. A draft may be incomplete; going live needs every part.',
  UNKNOWN_ENTITY: 'A block reads an entity the schema does not have.',
  UNKNOWN_RELATIONSHIP:
    'A traverse step or related condition follows a relationship the entity does not have.',
  BLOCK_NOT_ON_CONTACT: 'A block ends on an entity other than contact, so it finds no contacts.',
  UNKNOWN_SEGMENT: 'A segment block names a segment that does not exist.',
  SEGMENT_DRAFT: 'A segment block names a dynamic segment that is still a draft and has no members.',
  SEGMENT_STOPPED:
    'A segment block names a dynamic segment that is stopped, so its members are not kept up to date.',
  SELF_REFERENCE: 'A segment block names the segment being validated.',
  SEGMENT_CYCLE: 'Segment blocks refer to segments that, in turn, refer back: a cycle.',
  EMPTY_GROUP: 'A group has no conditions; an empty group never means "match everything".',
  UNKNOWN_ATTRIBUTE: 'A condition or window names an attribute the entity does not have.',
  UNKNOWN_OPERATOR: 'A condition uses an operator that does not exist.',
  OPERATOR_NOT_ALLOWED: "A condition uses an operator that the attribute's type does not offer.",
  WRONG_VALUE_COUNT: 'A condition has more or fewer values than its operator takes.',
  WRONG_VALUE_TYPE: 'A value is of the wrong kind for the attribute (text for a number, say).',
  EMPTY_VALUE: 'A value is empty text, which never matches; "Does not contain data" finds missing values.',
  NOT_WHOLE_NUMBER: 'A value must be a whole number but has a fraction.',
  TOO_MANY_DECIMALS:
    'A decimal value has more digits after the point than the attribute keeps, so it can never match exactly.',
  VALUE_OUT_OF_RANGE:
    'A number is outside what it may be: a period of zero, more than 366 days, a number too large to keep.',
  UNKNOWN_OPTION: 'A value is not one of the options of the choice or multi-choice attribute.',
  INVALID_DATE: 'A value is not a date (YYYY-MM-DD) or, where allowed, a date and time with its offset.',
  BOUNDS_REVERSED: 'The low bound of a between is above its high bound, so nothing can match.',
  MISSING_UNIT: 'A relative period ("in the last 30 …") has no unit.',
  UNEXPECTED_UNIT: 'A condition has a unit but its operator takes none.',
  UNIT_NOT_ALLOWED:
    'A unit that cannot be used here: minutes or hours on a date without time, or anything but days for an anniversary.',
  WINDOW_NOT_DATE: "A related condition's window is on an attribute that is not a date or date and time.",
  INVALID_COUNT: 'A related condition counts records in a way that can never be false, or never true.',
} as const;

export type ProblemCode = keyof typeof problemCodes;

/** A problem with one of the codes above. */
export function problem(code: ProblemCode, path: string, message: string): Problem {
  return { code, message, path };
}
