import { describe, expect, it } from 'vitest';
import { jsonDepthProblem, maxJsonDepth } from './json-body.ts';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonDepthProblem', () => {
  it('accepts JSON nested up to the limit', () => {
    expect(jsonDepthProblem(nested(maxJsonDepth), maxJsonDepth, 'body')).toBeUndefined();
    expect(jsonDepthProblem('{"a":[1,{"b":2}],"c":"[[[[[[["}', 3, 'body')).toBeUndefined();
  });

  it('names the first container past the limit and how deep the text nests in all', () => {
    expect(jsonDepthProblem(nested(100_000), 3, 'body')).toEqual({
      code: 'TOO_DEEP',
      message: 'The JSON nests arrays and objects 100,000 deep; at most 3 are allowed.',
      path: 'body[0][0][0]',
    });
  });

  it('follows keys and indexes to the container past the limit', () => {
    const text = JSON.stringify({ query: { blocks: [{ a: 1 }, { where: { children: [1, 2, [[]]] } }] } });
    expect(jsonDepthProblem(text, 6, 'body')?.path).toBe('body.query.blocks[1].where.children[2]');
  });

  it('reads brackets, quotes and escapes inside strings as text', () => {
    const text = JSON.stringify({ 'a"[{': ['x\\"[[[', '\\', { 'k\\': [[]] }] });
    expect(jsonDepthProblem(text, 3, 'body')?.path).toBe('body.a"[{[2].k\\');
  });

  it('measures unclosed or malformed text without throwing', () => {
    expect(jsonDepthProblem('[[[["', 2, 'body')?.path).toBe('body[0][0]');
    expect(jsonDepthProblem('{"a', 1, 'body')).toBeUndefined();
  });

  it('measures 8 million levels in one pass', () => {
    const started = Date.now();
    expect(jsonDepthProblem(nested(8_000_000), maxJsonDepth, 'body')?.code).toBe('TOO_DEEP');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
