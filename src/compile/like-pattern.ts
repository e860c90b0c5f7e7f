/** The escape character of every LIKE pattern the compiler writes. */
export const likeEscape = '\\';

/**
 * A LIKE pattern matching `value` literally at the given place: `%`, `_` and `\` in values are
 * literal characters (SEGMENTS.md), so each is escaped.
 *
 * @example
 * likePattern('50%_off', 'contains'); // '%50\%\_off%'
 */
export function likePattern(value: string, place: 'contains' | 'beginsWith' | 'endsWith'): string {
  const literal = value.replace(/[\\%_]/g, (c) => likeEscape + c);
  switch (place) {
    case 'contains':
      return `%${literal}%`;
    case 'beginsWith':
      return `${literal}%`;
    case 'endsWith':
      return `%${literal}`;
  }
}
