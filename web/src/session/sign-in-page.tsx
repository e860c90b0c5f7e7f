import { Button, Field, Input } from '@fluentui/react-components';
import { useState, type SyntheticEvent } from 'react';
import { ApiClient, ApiError } from '../api/index.ts';
import { useSession } from './session-context.tsx';

/**
 * Asks for an API key, says where the first one is before anyone tries, and checks the key against
 * the server before keeping it. Any scope may sign in: `GET /api/schema` needs only `read`.
 */
export function SignInPage() {
  const { signIn } = useSession();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    // Sign in stays focusable while it works: Enter again must not ask twice.
    if (busy) return;
    const trimmed = token.trim();
    if (trimmed === '') {
      setError('Enter an API key.');
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
          ? 'That key is not accepted: it is mistyped, or it was revoked.'
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
        <Field
          label="API key"
          hint={{
            id: 'sign-in-hint',
            className: 'sign-in-hint',
            children: (
              <>
                The admin key is printed by <code>segmint serve</code> (<code>npm start</code>) on its first
                start and kept in the file <code>admin-token</code> of its data directory (
                <code>./data/admin-token</code> unless <code>--data-dir</code> says otherwise), unless the
                server was given one in <code>SEGMINT_ADMIN_TOKEN</code>. Other keys are made on the Keys page
                or with <code>segmint key create</code>.
              </>
            ),
          }}
          {...(error === undefined
            ? {}
            : {
                validationState: 'error' as const,
                validationMessage: { id: 'sign-in-error', children: error },
              })}
        >
          <Input
            // The id the box had before Fluent, which password managers may have remembered.
            id="admin-token"
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(_event, data) => {
              setToken(data.value);
            }}
          />
        </Field>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </main>
  );
}
