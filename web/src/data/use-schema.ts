import { useQuery } from '@tanstack/react-query';
import type { Entity, Schema } from '../api/index.ts';
import { useApi } from '../session/index.ts';

/** The schema (`GET /api/schema`), fetched once per session and shared by every page. */
export function useSchema() {
  const api = useApi();
  return useQuery({
    queryKey: ['schema'],
    queryFn: () => api.get('/api/schema'),
    staleTime: 60_000,
  });
}

/** The entity named `name` in `schema`, or undefined. */
export function entityOf(schema: Schema | undefined, name: string): Entity | undefined {
  return schema?.entities.find((entity) => entity.name === name);
}
