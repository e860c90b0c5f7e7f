import { Button, DialogActions } from '@fluentui/react-components';
import { useState } from 'react';
import { SegmentDesigner, emptyQuery, type QueryDefinition } from '../designer/index.ts';
import { ModalDialog } from '../shell/index.ts';
import { ErrorAlert } from './problem-list.tsx';
import type { Problem } from '../api/index.ts';

interface Props {
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly problems: readonly Problem[];
  readonly onConfirm: (query: QueryDefinition) => void;
  readonly onClose: () => void;
}

/** **Add by query**: design a query in the designer; every contact it selects now joins the static segment. */
export function AddByQueryDialog({ busy, error, problems, onConfirm, onClose }: Props) {
  const [query, setQuery] = useState<QueryDefinition>(emptyQuery);
  return (
    <ModalDialog title="Add by query" onClose={onClose} className="wide-dialog">
      <p className="muted">
        The contacts this query selects now are added once; later changes do not move them.
      </p>
      <SegmentDesigner query={query} onChange={setQuery} problems={problems} />
      <ErrorAlert message={error} />
      <DialogActions>
        <Button
          appearance="primary"
          // Focusable while it works (the focus stays on it); off with an empty query.
          disabled={!busy && query.blocks.length === 0}
          disabledFocusable={busy}
          aria-busy={busy || undefined}
          onClick={() => {
            onConfirm(query);
          }}
        >
          {busy ? 'Adding members…' : 'Add matching contacts'}
        </Button>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
      </DialogActions>
    </ModalDialog>
  );
}
