import { Button } from '@fluentui/react-components';
import type { ApiKey } from '../api/index.ts';
import { scopeLabels } from './scope-labels.ts';
import { When } from './when.tsx';

/** Every key with its scope, when it was made and last used, and whether it is active; **Revoke** on active ones. */
export function KeyTable({ keys, onRevoke }: { keys: readonly ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  return (
    <div className="table-wrap">
      <table className="keys-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Scope</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className={key.revokedAt === null ? undefined : 'revoked-key'}>
              <th scope="row">{key.name}</th>
              <td>{scopeLabels[key.scope].label}</td>
              <td>
                <When at={key.createdAt} />
              </td>
              <td>
                <When at={key.lastUsedAt} empty="Never" />
              </td>
              <td>
                {key.revokedAt === null ? (
                  <span className="key-state key-active">Active</span>
                ) : (
                  <>
                    <span className="key-state key-revoked">Revoked</span> <When at={key.revokedAt} />
                  </>
                )}
              </td>
              <td>
                {key.revokedAt === null && (
                  <Button
                    className="danger"
                    aria-label={`Revoke ${key.name}`}
                    onClick={() => {
                      onRevoke(key);
                    }}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
