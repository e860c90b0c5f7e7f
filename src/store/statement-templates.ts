import type { CompiledQuery } from 'kysely';

const byOwner = new WeakMap<object, Map<string, CompiledQuery>>();

/**
 * A hot statement built by Kysely once per shape and then only given new parameters: building and
 * compiling a query costs more than running a small one on SQLite. `owner` and `key` name the shape
 * (an entity definition and "get", a dialect and "setting"); every call with them must build the same
 * SQL text with parameters in the same order.
 *
 * @example
 * const compiled = withParameters(def, 'get', () => select.where('id', '=', '').compile(), [id]);
 */
export function withParameters<R>(
  owner: object,
  key: string,
  build: () => CompiledQuery<R>,
  parameters: readonly unknown[],
): CompiledQuery<R> {
  let templates = byOwner.get(owner);
  if (!templates) {
    templates = new Map();
    byOwner.set(owner, templates);
  }
  let template = templates.get(key) as CompiledQuery<R> | undefined;
  if (!template) {
    template = build();
    templates.set(key, template);
  }
  if (template.parameters.length !== parameters.length)
    throw new Error(
      `the statement "${key}" takes ${template.parameters.length} parameters, not ${parameters.length}`,
    );
  return { ...template, parameters };
}
