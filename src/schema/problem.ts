/**
 * A problem found in something a user wrote: a stable `code`, a message a marketer understands and the
 * `path` it concerns (`query.blocks[1].where.children[0].operator`).
 */
export interface Problem {
  readonly code: string;
  readonly message: string;
  readonly path: string;
}

/** Joins path segments the way users read them: `query.blocks[1].where`. */
export function joinPath(base: string, ...segments: readonly (string | number)[]): string {
  let path = base;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path = path === '' ? segment : `${path}.${segment}`;
  }
  return path;
}
