import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../api/index.ts';
import { problemsOf } from './field-problems.ts';

const refused = (message: string, problems: readonly Problem[]) =>
  new ApiError(422, 'INVALID', message, problems);
const problem = (path: Problem['path'], message = `about ${path}`): Problem => ({
  code: 'invalid',
  message,
  path,
});

describe('problemsOf', () => {
  it('puts each problem beside the field its path starts with, or names after the body', () => {
    const fields = new Set(['birthdate', 'options', 'lookups', 'name']);
    const error = refused('The contact was not saved: 4 problem(s).', [
      problem('birthdate', 'a'),
      problem('body.birthdate', 'b'),
      problem('options[0].value', 'd'),
      problem('lookups[0].to', 'e'),
    ]);
    expect(problemsOf(error, fields)).toEqual({
      byField: { birthdate: ['a', 'b'], options: ['d'], lookups: ['e'] },
      general: ['The contact was not saved. Correct the fields marked below.'],
    });
  });

  it('keeps as general a problem whose path starts with no field of the form', () => {
    const error = refused('The entity was not added: 2 problem(s).', [
      problem('attributes[0].name', 'The attribute needs a name.'),
      problem('name', 'A name starts with a letter.'),
    ]);
    expect(problemsOf(error, new Set(['name']))).toEqual({
      byField: { name: ['A name starts with a letter.'] },
      general: ['The attribute needs a name.'],
    });
    expect(
      problemsOf(refused('The request body is not valid.', [problem('body')]), new Set(['name'])),
    ).toEqual({ byField: {}, general: ['about body'] });
  });

  it('says what failed, without a doubled full stop, when every problem has its field', () => {
    const taken = refused('There is already an entity "event".', [
      problem('name', 'There is already an entity "event".'),
    ]);
    expect(problemsOf(taken, new Set(['name'])).general).toEqual([
      'There is already an entity "event". Correct the fields marked below.',
    ]);
  });

  it('gives the message of an error with no problems, and of anything else thrown', () => {
    expect(problemsOf(new ApiError(500, 'INTERNAL', 'Something broke.'), new Set())).toEqual({
      byField: {},
      general: ['Something broke.'],
    });
    expect(problemsOf(new Error('offline'), new Set()).general).toEqual(['Error: offline']);
  });
});
