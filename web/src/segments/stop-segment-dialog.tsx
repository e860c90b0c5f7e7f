import { Button, DialogActions } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Segment } from '../api/index.ts';
import { ModalDialog } from '../shell/index.ts';

interface Props {
  readonly segment: Segment;
  /** Stop it: the user confirmed. */
  readonly onStop: () => void;
  readonly onCancel: () => void;
}

function membersOf(count: number): string {
  return count === 1
    ? 'its 1 member stays as it is'
    : `its ${count.toLocaleString()} members stay as they are`;
}

/**
 * Asks before **Stop** takes a live segment out of live: it names the segment and says what stopping
 * means (the members stay as they are, nobody joins or leaves any more, Go Live starts it again).
 */
export function StopSegmentDialog({ segment, onStop, onCancel }: Props) {
  // Cancel starts with the focus: Enter pressed twice does not stop the segment.
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog title="Stop segment?" onClose={onCancel} initialFocus={cancelRef}>
      <p>
        “{segment.name}” will no longer be kept up to date: {membersOf(segment.memberCount)} now, and contacts
        who change from now on no longer join or leave it. Go Live starts it again.
      </p>
      <DialogActions>
        <Button appearance="primary" onClick={onStop}>
          Stop
        </Button>
        <Button ref={cancelRef} onClick={onCancel}>
          Cancel
        </Button>
      </DialogActions>
    </ModalDialog>
  );
}
