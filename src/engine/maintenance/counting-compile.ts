import type * as compileModule from '../../compile/index.ts';

/**
 * The compile module with every membership query the engine runs counted in `counter.count` (a full
 * evaluation or one re-check is one count), for `vi.mock('../../compile/index.ts', …)`. It imports nothing
 * at run time, so the mock's factory can load it without waiting on the module it replaces.
 */
export function countingCompile(
  original: typeof compileModule,
  counter: { count: number },
): typeof compileModule {
  return {
    ...original,
    compileQuery: (query, options) => {
      counter.count += 1;
      return original.compileQuery(query, options);
    },
    compileForContacts: (query, options) => {
      const forContacts = original.compileForContacts(query, options);
      return (ids) => {
        counter.count += 1;
        return forContacts(ids);
      };
    },
  };
}
