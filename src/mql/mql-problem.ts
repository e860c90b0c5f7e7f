/**
 * A problem with an MQL text: a stable `code`, a message a marketer can act on, and the 1-based
 * `line` and `column` of the character it is about.
 */
export interface MqlProblem {
  readonly code: MqlProblemCode;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Where a token or node starts in the text: 1-based line and column, 0-based offset. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** The codes of MQL problems, with what each means. */
export const mqlProblemCodes = {
  MQL_EMPTY: 'The text holds no query.',
  MQL_UNEXPECTED_CHARACTER: 'A character MQL does not use.',
  MQL_UNTERMINATED_STRING: 'A quoted text has no closing quote.',
  MQL_SYNTAX: 'The text breaks MQL grammar (a missing or extra bracket, operator or argument).',
  MQL_UNKNOWN_FUNCTION: 'A function MQL or Segmint does not know.',
  MQL_UNKNOWN_ENTITY: 'PROFILE names an entity the schema does not have.',
  MQL_UNKNOWN_RELATIONSHIP: 'TRAVERSE names a relationship the entity does not have.',
  MQL_UNKNOWN_ATTRIBUTE: 'A condition names an attribute the entity does not have.',
  MQL_UNKNOWN_ALIAS: 'A name is prefixed with an alias no step declares.',
  MQL_UNKNOWN_OPTION: 'A choice is compared with a value it does not offer.',
  MQL_UNKNOWN_SEGMENT: 'SEGMENT names a segment that cannot be found.',
  MQL_UNKNOWN_INTERACTION: 'INTERACTION names a type or link Segmint does not have.',
  MQL_WRONG_VALUE: 'A value of the wrong kind for its attribute or operator.',
  MQL_NOT_EXPRESSIBLE: 'Valid MQL that a Segmint segment cannot state.',
  MQL_NOT_CONTACTS: 'A chain that does not end on contacts.',
  MQL_INTERNAL: 'Segmint failed to read the query: a bug, reported rather than thrown.',
} as const;

export type MqlProblemCode = keyof typeof mqlProblemCodes;

export function mqlProblem(code: MqlProblemCode, at: Position, message: string): MqlProblem {
  return { code, message, line: at.line, column: at.column };
}
