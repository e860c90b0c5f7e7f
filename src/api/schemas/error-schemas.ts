import { z } from 'zod';

/** One problem with what was sent: a stable code, a message, and where (`query.blocks[1].where`). */
export const problemSchema = z
  .looseObject({
    code: z.string(),
    message: z.string(),
    path: z.string().describe('Where the problem is, e.g. `query.blocks[1].where.children[0].operator`.'),
    segmentId: z
      .string()
      .optional()
      .describe('Of a `USED_BY` problem (409 `SEGMENT_IN_USE`): the live segment that reads this one.'),
    segmentName: z
      .string()
      .optional()
      .describe('Of a `USED_BY` problem: the name of that live segment, to show beside a link to it.'),
  })
  .meta({ id: 'Problem' });

/** The body of every error answer. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('A stable code: NOT_FOUND, INVALID_DEFINITION, SEGMENT_IN_USE, …'),
      message: z.string(),
      details: z.array(problemSchema).optional(),
    }),
  })
  .meta({ id: 'Error', description: 'What went wrong: a code, a message and every problem.' });

const meanings = {
  400: 'The request is not valid JSON or not of the expected shape; each problem is in details.',
  401: 'The API key is missing, wrong or revoked.',
  403: 'The API key does not have the scope this route needs.',
  404: 'What the request names does not exist.',
  409: 'The request conflicts with the current state (in use, wrong state, duplicate id).',
  413: 'The body is too large.',
  415: 'The body is not JSON.',
  422: 'The request is well formed but not valid; every problem is in details, with its path.',
  429: 'Too many wrong keys from this client: wait for the Retry-After seconds.',
  503: 'The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After.',
} as const;

export type ErrorStatus = Exclude<keyof typeof meanings, 401 | 403 | 429>;

/** An error answer of a route, documented with what the status means. */
function errorResponse(status: keyof typeof meanings) {
  return { description: meanings[status], content: { 'application/json': { schema: errorSchema } } };
}

type ErrorResponse = ReturnType<typeof errorResponse>;

/**
 * The error answers of a route for its schema, with the refusals of the auth check (every route but
 * health needs a key: 401 without one, 403 without the scope, 429 after too many wrong ones).
 *
 * @example
 * schema: { response: { 200: segmentSchema, ...errorResponses(404, 422) } }
 */
export function errorResponses<S extends ErrorStatus>(
  ...statuses: S[]
): Record<S | 401 | 403 | 429, ErrorResponse> {
  const responses: Partial<Record<number, ErrorResponse>> = {
    401: errorResponse(401),
    403: errorResponse(403),
    429: errorResponse(429),
  };
  for (const status of statuses) responses[status] = errorResponse(status);
  return responses as Record<S | 401 | 403 | 429, ErrorResponse>;
}
