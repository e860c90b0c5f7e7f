import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ApiKey } from '../api/index.ts';
import { scopeLabels } from './scope-labels.ts';
import { When } from './when.tsx';

/**
 * Every key with its scope, when it was made and last used, and whether it is active; **Revoke** on
 * active ones. A Fluent table whose rows are headed by the key's name.
 */
export function KeyTable({ keys, onRevoke }: { keys: readonly ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  return (
    <div className="table-wrap">
      <Table className="keys-table" aria-label="Keys">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Name</TableHeaderCell>
            <TableHeaderCell scope="col">Scope</TableHeaderCell>
            <TableHeaderCell scope="col">Created</TableHeaderCell>
            <TableHeaderCell scope="col">Last used</TableHeaderCell>
            <TableHeaderCell scope="col">State</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="visually-hidden">Actions</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {keys.map((key) => (
            <TableRow key={key.id} className={key.revokedAt === null ? undefined : 'revoked-key'}>
              <TableHeaderCell scope="row" className="key-name">
                <TableCellLayout appearance="primary">{key.name}</TableCellLayout>
              </TableHeaderCell>
              <TableCell>{scopeLabels[key.scope].label}</TableCell>
              <TableCell>
                <When at={key.createdAt} />
              </TableCell>
              <TableCell>
                <When at={key.lastUsedAt} empty="Never" />
              </TableCell>
              <TableCell>
                {key.revokedAt === null ? (
                  <span className="key-state key-active">Active</span>
                ) : (
                  <>
                    <span className="key-state key-revoked">Revoked</span> <When at={key.revokedAt} />
                  </>
                )}
              </TableCell>
              <TableCell className="key-actions">
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
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
