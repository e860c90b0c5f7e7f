import type { paths } from './generated/openapi.ts';

/** Values of a query string; undefined and empty ones are left out of the URL. */
export type QueryParams = Readonly<Record<string, string | number | undefined>>;

/** The document's paths that have `method`. */
export type PathsWith<Method extends string> = {
  [Path in keyof paths]: paths[Path] extends { readonly [M in Method]: object } ? Path : never;
}[keyof paths];

/** The JSON bodies of an operation's 2xx answers, one union (never when none has a body, as a 204). */
type SuccessBodies<Operation> = Operation extends { readonly responses: infer Responses }
  ? {
      [Status in keyof Responses]: Status extends 200 | 201 | 202
        ? Responses[Status] extends { readonly content: { readonly 'application/json': infer Body } }
          ? Body
          : never
        : never;
    }[keyof Responses]
  : never;

/**
 * What an operation of the OpenAPI document answers when it succeeds: its JSON body, or `undefined`
 * for a route that answers 204 with none.
 *
 * @example
 * type Segment = Answer<paths['/api/segments/{id}']['get']>;
 */
export type Answer<Operation> = [SuccessBodies<Operation>] extends [never]
  ? undefined
  : SuccessBodies<Operation>;
