import { describe, expect, it } from 'vitest';
import { bearerToken, tokenMatches } from './auth.ts';

describe('the bearer token', () => {
  it('is read from an Authorization header', () => {
    expect(bearerToken('Bearer abc123')).toBe('abc123');
    expect(bearerToken('bearer abc123')).toBe('abc123');
    expect(bearerToken('Bearer  abc123 ')).toBe('abc123');
    expect(bearerToken('Basic abc123')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('matches only the exact admin token, whatever the lengths', () => {
    expect(tokenMatches('secret', 'secret')).toBe(true);
    expect(tokenMatches('secre', 'secret')).toBe(false);
    expect(tokenMatches('secret!', 'secret')).toBe(false);
    expect(tokenMatches('', 'secret')).toBe(false);
  });
});
