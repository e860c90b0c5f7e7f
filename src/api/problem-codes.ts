import { limitProblemCodes, shapeProblemCodes } from '../definition/index.ts';
import { mqlProblemCodes } from '../mql/index.ts';
import { problemCodes as validationProblemCodes } from '../validate/index.ts';

/**
 * The codes of the problems in an error's `details` beyond the definition language's and MQL's: records,
 * custom entities and attributes, templates, webhooks, CSV imports and request fields. One spelling,
 * upper case, as every error code; documented in docs/API.md ("Problem codes"), and the definition
 * language's in docs/SEGMENTS.md.
 */
export const apiProblemCodes = {
  INVALID_REQUEST: 'A parameter or body field of the wrong shape.',
  INVALID_RECORD: 'A record is not an object of attribute values.',
  INVALID_ID: 'A record id is not text of 1 to 200 characters with no spaces around it.',
  UNKNOWN_ENTITY: 'The entity does not exist.',
  UNKNOWN_ATTRIBUTE: 'A record names an attribute its entity does not have.',
  COMPUTED_ATTRIBUTE: 'A record sets an attribute that Segmint computes.',
  INVALID_VALUE: 'A value is not of its attribute’s type, or outside its range or options.',
  DUPLICATE_ID: 'The id is taken, now or by a deleted record.',
  ID_IMMUTABLE: 'A change tries to give a record another id.',
  MISSING_REFERENCE: 'A lookup names a record that does not exist.',
  NOT_FOUND: 'A record to change does not exist.',
  USED_BY:
    'A live segment reads the segment (one detail of SEGMENT_IN_USE each): its `segmentId` and `segmentName`.',
  NAME_REQUIRED: 'A Dataverse segment has no msdyncrm_segmentname.',
  TYPE_REQUIRED: 'A Dataverse segment has no msdyncrm_segmenttype.',
  QUERY_REQUIRED: 'A dynamic or compound Dataverse segment has no msdyncrm_query.',
  MISSING_NAME: 'A custom entity or attribute, or a template, has no name.',
  INVALID_NAME: 'A logical name is not a-z, 0-9 and _, from a letter.',
  NAME_TOO_LONG: 'A logical name is longer than allowed.',
  RESERVED_NAME: 'A logical name is kept by the database or by Segmint.',
  MISSING_DISPLAY_NAME: 'A custom entity or attribute has no display name.',
  DUPLICATE_ENTITY: 'An entity of that name exists.',
  DUPLICATE_ATTRIBUTE: 'The entity has an attribute of that name, or the list names one twice.',
  DUPLICATE_RELATIONSHIP: 'The entity has a relationship of that name.',
  INVALID_ATTRIBUTES: 'A custom entity’s attributes are not a list.',
  INVALID_LOOKUPS: 'A custom entity’s lookups are not a list.',
  NO_ATTRIBUTES: 'A custom entity has no attributes.',
  TOO_MANY_ATTRIBUTES: 'An entity would have more attributes than it may.',
  MISSING_TARGET: 'A lookup does not say the entity it points to.',
  UNKNOWN_TARGET: 'A lookup points to an entity that does not exist.',
  NOT_ALLOWED: 'A field that the attribute’s type does not have (options on a number, say).',
  MISSING_OPTIONS: 'A choice attribute or template parameter has no options.',
  INVALID_OPTION:
    'An option has no value, a value with spaces around it or ";", or a label that is not text.',
  DUPLICATE_OPTION: 'An option value appears more than once.',
  INVALID_SCALE: 'A scale is not a whole number within the allowed range.',
  INVALID_DEFINITION: 'A template’s definition is not a segment definition.',
  INVALID_PARAMETER_NAME: 'A template parameter’s name is not a valid placeholder name.',
  DUPLICATE_PARAMETER: 'A template names a parameter twice.',
  INVALID_PARAMETER: 'A value given for a template parameter is not of its kind.',
  UNKNOWN_PARAMETER: 'A value is given for a parameter the template does not have.',
  MISSING_PARAMETER: 'A template parameter has no value.',
  UNKNOWN_PLACEHOLDER: 'A template’s definition has a placeholder that names no parameter.',
  NO_SEGMENTS: 'A webhook names no segments.',
  UNKNOWN_SEGMENT: 'A webhook names a segment that does not exist.',
  INVALID_URL:
    'A webhook URL is not an http or https URL within the length allowed, or carries a user name or password.',
  REFUSED_TARGET: 'A webhook URL’s host is, or resolves to, an internal address.',
  DUPLICATE_COLUMN: 'A CSV header names a column twice.',
  EMPTY_COLUMN: 'A CSV header has a column with no name.',
  UNKNOWN_COLUMN: 'A CSV column names no attribute of the entity.',
  AMBIGUOUS_COLUMN: 'A CSV column’s display name fits more than one attribute.',
  COMPUTED_COLUMN: 'A CSV column names an attribute that Segmint computes.',
  NOT_UTF8: 'A CSV file’s header is not UTF-8 text, so nothing was imported.',
} as const;

/** Every problem code a client can find in an error's `details`: one union, one spelling. */
export type ProblemCode =
  | keyof typeof shapeProblemCodes
  | keyof typeof limitProblemCodes
  | keyof typeof validationProblemCodes
  | keyof typeof mqlProblemCodes
  | keyof typeof apiProblemCodes;

/** Every problem code with what it means. */
export const allProblemCodes: Readonly<Record<ProblemCode, string>> = {
  ...shapeProblemCodes,
  ...limitProblemCodes,
  ...mqlProblemCodes,
  ...apiProblemCodes,
  ...validationProblemCodes,
};
