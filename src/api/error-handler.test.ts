import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine/index.ts';
import { StoreError, UnknownEntityError } from '../store/index.ts';
import { ApiError } from './api-error.ts';
import { errorAnswer } from './error-handler.ts';

const problem = { code: 'X', message: 'x', path: 'a.b' };

describe('errors as answers', () => {
  it('gives each engine error code its status, with every problem in details', () => {
    const cases = [
      ['NOT_FOUND', 404],
      ['SEGMENT_IN_USE', 409],
      ['WRONG_STATE', 409],
      ['INVALID_DEFINITION', 422],
      ['INVALID_RECORD', 422],
      ['UNKNOWN_CONTACTS', 422],
      ['WRONG_TYPE', 422],
    ] as const;
    for (const [code, status] of cases) {
      const answer = errorAnswer(new EngineError(code, 'message', [problem, problem]));
      expect(answer.status, code).toBe(status);
      expect(answer.body).toEqual({ error: { code, message: 'message', details: [problem, problem] } });
    }
  });

  it('makes a transient database failure a 503 with Retry-After, never a 500', () => {
    const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
    const answer = errorAnswer(deadlock);
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe('BUSY');
    expect(answer.headers).toEqual({ 'retry-after': '1' });
  });

  it('makes a duplicate record id a 409', () => {
    const duplicate = { code: 'DUPLICATE_ID', message: 'A record with id "c1" already exists.', path: 'id' };
    const answer = errorAnswer(new EngineError('INVALID_RECORD', 'not saved', [duplicate]));
    expect(answer).toMatchObject({ status: 409, body: { error: { code: 'DUPLICATE_ID' } } });
    expect(errorAnswer(new StoreError('taken', 'DUPLICATE_ID')).status).toBe(409);
  });

  it('makes an unknown entity a 404 and keeps an ApiError as it is', () => {
    expect(errorAnswer(new UnknownEntityError('spaceship'))).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'There is no entity "spaceship".' } },
    });
    expect(errorAnswer(new ApiError(400, 'INVALID_CURSOR', 'bad'))).toEqual({
      status: 400,
      body: { error: { code: 'INVALID_CURSOR', message: 'bad' } },
    });
  });

  it('says nothing of the inside for an unexpected error', () => {
    const answer = errorAnswer(new TypeError('secret detail at /srv/app.ts:12'));
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).not.toContain('secret');
  });
});
