import { Link } from '@fluentui/react-components';
import { ApiError, scopedKey } from '../api/index.ts';
import { useSession } from '../session/index.ts';

/** True when `error` is the API's refusal of a key without the scope (403). */
export function isScopeRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 403;
}

/**
 * What a signed-in key without the needed scope sees on an admin page, in place of the page: its
 * scope, the one needed, and a way to sign in with another key.
 *
 * @example
 * <ScopeNotice error={keys.error} activity="managing keys" />
 * // "Your key has the read scope; managing keys needs an admin key."
 */
export function ScopeNotice({ error, activity }: { error: ApiError; activity: string }) {
  const { signOut } = useSession();
  const needed = scopedKey(error.refusal?.needed ?? 'admin');
  const held = error.refusal?.held;
  return (
    <div role="status" className="card scope-notice">
      <p>
        {`${held === undefined ? 'Your key may not do this' : `Your key has the ${held} scope`}; ${activity} needs ${needed}.`}
      </p>
      <p className="muted">
        Ask an administrator for {needed}, or{' '}
        <Link as="button" onClick={signOut}>
          sign out
        </Link>{' '}
        and sign in with one.
      </p>
    </div>
  );
}
