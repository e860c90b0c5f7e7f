import { useQuery } from '@tanstack/react-query';
import { useApi } from '../session/index.ts';
import type { QueryDefinition } from './definition-types.ts';

/**
 * The MQL of a design, saved or not (`POST /api/mql/print`); nothing is asked for a design without
 * blocks. A design that is not valid fails with the API's problems, each at its path.
 */
export function usePrintedMql(query: QueryDefinition) {
  const api = useApi();
  const json = JSON.stringify(query);
  return useQuery({
    queryKey: ['mql', 'print', json],
    queryFn: async () => (await api.post('/api/mql/print', { body: { query } })).mql,
    enabled: query.blocks.length > 0,
    retry: false,
  });
}

/** Reads MQL into a design (`POST /api/mql/parse`); a refusal throws with every problem at its line. */
export function useParseMql(): (mql: string) => Promise<QueryDefinition> {
  const api = useApi();
  return async (mql) => (await api.post('/api/mql/parse', { body: { mql } })).query;
}
