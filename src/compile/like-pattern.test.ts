import { describe, expect, it } from 'vitest';
import { likePattern } from './like-pattern.ts';

describe('likePattern', () => {
  it('escapes percent, underscore and backslash so they match only themselves', () => {
    expect(likePattern('50%_off\\now', 'contains')).toBe('%50\\%\\_off\\\\now%');
  });

  it('anchors begins-with at the start and ends-with at the end', () => {
    expect(likePattern('ab', 'beginsWith')).toBe('ab%');
    expect(likePattern('ab', 'endsWith')).toBe('%ab');
  });
});
