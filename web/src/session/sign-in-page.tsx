import { useState, type SyntheticEvent } from 'react';
import { ApiClient, ApiError } from '../api/index.ts';
import { useSession } from './session-context.tsx';

/** Asks for the admin token and checks it against the server before keeping it. */
export function SignInPage() {
  const { signIn } = useSession();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const trimmed = token.trim();
    if (trimmed === '') {
      setError('Enter the admin token.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await new ApiClient(trimmed).get('/api/schema');
      signIn(trimmed);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? 'That token is not accepted. Use the token `segmint serve` printed on its first start (also in data/admin-token).'
          : caught instanceof Error
            ? caught.message
            : String(caught),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <h1>Segmint</h1>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="admin-token">Admin token</label>
        <input
          id="admin-token"
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={(event) => {
            setToken(event.target.value);
          }}
          aria-describedby={error === undefined ? undefined : 'sign-in-error'}
        />
        {error !== undefined && (
          <p id="sign-in-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
