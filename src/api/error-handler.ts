import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { EngineError, type EngineErrorCode } from '../engine/index.ts';
import { joinPath, type Problem } from '../schema/index.ts';
import {
  isPgStatementTimeout,
  isTransientDatabaseError,
  seconds,
  StoreError,
  TimeLimitError,
  UnknownEntityError,
} from '../store/index.ts';
import { ApiError } from './api-error.ts';

/** The body of every error answer (docs/API.md). */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: readonly Problem[] };
}

/** An error as an answer: its status, body and any headers it needs (`Retry-After` on a 503). */
export interface ErrorAnswer {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers?: Readonly<Record<string, string>>;
}

const engineStatus = {
  NOT_FOUND: 404,
  SEGMENT_IN_USE: 409,
  WRONG_STATE: 409,
  INVALID_DEFINITION: 422,
  INVALID_RECORD: 422,
  UNKNOWN_CONTACTS: 422,
  WRONG_TYPE: 422,
  // The server stopped work past its time limit: the request may succeed later or narrower (RFC 9110 §15.6.4).
  TIMEOUT: 503,
} as const satisfies Record<EngineErrorCode, number>;

const fastifyCodes: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_REQUEST',
  FST_ERR_BAD_URL: 'INVALID_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
};

const answer = (status: number, code: string, message: string, details: readonly Problem[] = []) => ({
  status,
  body: { error: details.length > 0 ? { code, message, details } : { code, message } },
});

/** Work stopped at the server's time limit that no engine operation named. */
function timeout(limit?: number): ErrorAnswer {
  const which = limit === undefined ? 'time limit' : `${limit} s limit`;
  return {
    ...answer(
      503,
      'TIMEOUT',
      `The request took longer than the server's ${which} and was stopped; try again later, or ask for less.`,
    ),
    headers: { 'retry-after': String(limit ?? 30) },
  };
}

/** Zod's issues on one part of a request (body, querystring, params) as problems with paths. */
function requestProblems(error: FastifyError): Problem[] {
  const part = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const segments = issue.instancePath
      .split('/')
      .filter((s) => s !== '')
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const message = issue.message ?? 'Invalid value.';
    return { code: 'INVALID_REQUEST', message, path: joinPath(part, ...segments) };
  });
}

/**
 * Turns any error into the answer the API gives: typed errors by their code, request-shape errors as
 * 400 with each problem, and anything unexpected as a 500 that says nothing of the inside.
 */
export function errorAnswer(error: unknown): ErrorAnswer {
  if (error instanceof ApiError) return answer(error.status, error.code, error.message, error.details);
  if (error instanceof EngineError) {
    const duplicate = error.code === 'INVALID_RECORD' && error.details.some((p) => p.code === 'DUPLICATE_ID');
    if (duplicate)
      return answer(409, 'DUPLICATE_ID', error.details[0]?.message ?? error.message, error.details);
    const answered = answer(engineStatus[error.code], error.code, error.message, error.details);
    return error.retryAfterSeconds === undefined
      ? answered
      : { ...answered, headers: { 'retry-after': String(error.retryAfterSeconds) } };
  }
  if (error instanceof TimeLimitError) return timeout(seconds(error.limitMs));
  if (isPgStatementTimeout(error)) return timeout();
  if (isTransientDatabaseError(error))
    return {
      ...answer(
        503,
        'BUSY',
        'The database is busy with other work (a lock, a conflict or a reconnection); nothing was changed. Try again in a moment.',
      ),
      headers: { 'retry-after': '1' },
    };
  if (error instanceof UnknownEntityError) return answer(404, 'NOT_FOUND', error.message);
  if (error instanceof StoreError && error.code === 'DUPLICATE_ID')
    return answer(409, 'DUPLICATE_ID', error.message);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const problems = requestProblems(error);
    const where = error.validationContext ?? 'body';
    return answer(400, 'INVALID_REQUEST', `The request ${where} is not valid.`, problems);
  }
  const fastify = error as Partial<FastifyError> | null;
  const status = fastify?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = fastifyCodes[fastify?.code ?? ''] ?? 'BAD_REQUEST';
    const message =
      code === 'INVALID_JSON' ? 'The body is not valid JSON.' : (fastify?.message ?? 'Bad request.');
    return answer(status, code, message);
  }
  return answer(500, 'INTERNAL', 'Something went wrong on the server; it has been logged.');
}

/**
 * Answers the errors the router raises before any route runs (a malformed URL, a path part too long),
 * in the same shape; pass as Fastify's `frameworkErrors`.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const { status, body } = errorAnswer(error);
  void reply.code(status).send(body);
}

/** Installs the one place errors become answers, and the JSON 404 for routes that do not exist. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const { status, body, headers } = errorAnswer(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (headers) void reply.headers(headers);
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler(async (request, reply) => {
    const { status, body } = answer(
      404,
      'NOT_FOUND',
      `There is no route ${request.method} ${request.url.split('?')[0] ?? ''}.`,
    );
    return reply.code(status).send(body);
  });
}
