import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiClient } from '../api/index.ts';

const storageKey = 'segmint.token';

interface Session {
  /** The API with the signed-in key; undefined until someone signs in. */
  readonly api: ApiClient | undefined;
  readonly signIn: (token: string) => void;
  readonly signOut: () => void;
}

const SessionContext = createContext<Session | undefined>(undefined);

function storedToken(): string | undefined {
  try {
    return localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the API key (in local storage, so a reload stays signed in) and the API client made from it. */
export function SessionProvider({ children, initialToken }: { children: ReactNode; initialToken?: string }) {
  const [token, setToken] = useState<string | undefined>(() => initialToken ?? storedToken());
  const session = useMemo<Session>(
    () => ({
      api: token === undefined ? undefined : new ApiClient(token),
      signIn: (next) => {
        try {
          localStorage.setItem(storageKey, next);
        } catch {
          // Private windows may refuse storage: the session then lasts until the page reloads.
        }
        setToken(next);
      },
      signOut: () => {
        try {
          localStorage.removeItem(storageKey);
        } catch {
          // Nothing stored.
        }
        setToken(undefined);
      },
    }),
    [token],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session: sign in and out, and the API client when signed in. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useSession is used outside <SessionProvider>');
  return session;
}

/** The API client of the signed-in session (the app renders pages only when signed in). */
export function useApi(): ApiClient {
  const { api } = useSession();
  if (api === undefined) throw new Error('useApi is used before sign-in');
  return api;
}
