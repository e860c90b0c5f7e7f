import type { paths } from './generated/openapi.ts';

/** Values of a query string; undefined and empty ones are left out of the URL. */
export type QueryParams = Readonly<Record<string, string | number | undefined>>;

/** `/api/segments/{id}/members` as a URL has it: `/api/segments/${string}/members`. */
type Filled<Template extends string> = Template extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${Filled<Tail>}`
  : Template;

/** The document's paths that have `method`. */
type PathsWith<Method extends string> = {
  [Path in keyof paths]: paths[Path] extends { readonly [M in Method]: object } ? Path : never;
}[keyof paths];

/**
 * A URL path of a route the OpenAPI document has for `method`, ids filled in, so that a path the
 * server does not serve is a type error.
 *
 * @example
 * const path: ConcretePath<'get'> = `/api/segments/${encodeURIComponent(id)}/members`;
 */
export type ConcretePath<Method extends 'get' | 'post' | 'put' | 'patch' | 'delete'> = Filled<
  PathsWith<Method>
>;
