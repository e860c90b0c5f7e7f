import { useQuery } from '@tanstack/react-query';
import { useApi } from '../session/index.ts';

/** The cache key of the key list; invalidate it after a key is made or revoked. */
export const keysQueryKey = ['keys'] as const;

/** Every API key, revoked ones too (`GET /api/keys`, admin only); never a secret. */
export function useKeys() {
  const api = useApi();
  return useQuery({
    queryKey: keysQueryKey,
    queryFn: async () => (await api.get('/api/keys')).items,
  });
}
