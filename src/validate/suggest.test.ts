import { describe, expect, it } from 'vitest';
import { editDistance, nearMatches } from './suggest.ts';

describe('nearMatches', () => {
  const names = ['address1_city', 'emailaddress1', 'firstname', 'lastname'];

  it('finds a name by one of its words typed with a slip', () => {
    expect(nearMatches('citty', names, (n) => [n])).toEqual(['address1_city']);
  });

  it('finds names that contain what was typed, closest first', () => {
    expect(nearMatches('name', names, (n) => [n])).toEqual(['firstname', 'lastname']);
  });

  it('finds nothing for a name far from every candidate', () => {
    expect(nearMatches('revenue', names, (n) => [n])).toEqual([]);
  });

  it('counts the edits between two words', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
