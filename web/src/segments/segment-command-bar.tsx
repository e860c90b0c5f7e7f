import { Button, DialogActions, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Segment } from '../api/index.ts';
import { MenuButton } from './menu-button.tsx';
import { ModalDialog } from '../shell/index.ts';
import { StopSegmentDialog } from './stop-segment-dialog.tsx';
import type { SegmentTask } from './use-segment-actions.ts';

interface Props {
  readonly segment: Segment | undefined;
  readonly type: Segment['type'];
  readonly busy: SegmentTask | undefined;
  readonly onSave: () => void;
  readonly onGoLive: () => void;
  readonly onStop: () => void;
  readonly onDelete: () => void;
  readonly onRefresh: () => void;
  readonly onSaveAsTemplate: () => void;
  /** The command (its `data-command`) that takes the focus as the bar appears, if any. */
  readonly focusCommand?: string | undefined;
}

const progress = {
  save: 'Saving…',
  goLive: 'Going live…',
  stop: 'Stopping…',
  delete: 'Deleting…',
} satisfies Record<SegmentTask, string>;

/**
 * The command bar of a segment's page, as Dynamics lays it out: **Save**, **Go Live** or **Stop** (after a
 * confirmation), **Refresh**, **Delete** (after a confirmation), and **More commands** with **Save as template** (kept
 * in a menu so that no other button's name contains "Save"). The running command shows
 * its progress in its label.
 */
export function SegmentCommandBar(props: Props) {
  const { segment, busy } = props;
  const [confirming, setConfirming] = useState(false);
  const [stopping, setStopping] = useState(false);
  // Cancel starts with the focus in Delete segment?: Enter pressed twice deletes nothing.
  const cancelDeleteRef = useRef<HTMLButtonElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const [focusCommand] = useState(props.focusCommand);
  useEffect(() => {
    if (focusCommand === undefined) return;
    barRef.current?.querySelector<HTMLElement>(`[data-command="${focusCommand}"]`)?.focus();
  }, [focusCommand]);
  const label = (task: SegmentTask, idle: string) => (busy === task ? progress[task] : idle);
  const command = (task: SegmentTask, idle: string, onClick: () => void, className?: string) => (
    <ToolbarButton
      // Go Live and Stop share their place: the one there takes the focus the other had.
      data-command={task === 'goLive' || task === 'stop' ? 'lifecycle' : task}
      appearance={task === 'save' ? 'primary' : undefined}
      className={className}
      // Off while a command runs, but focusable: the focus stays on the command pressed.
      disabledFocusable={busy !== undefined}
      aria-busy={busy === task || undefined}
      onClick={onClick}
    >
      {label(task, idle)}
    </ToolbarButton>
  );
  return (
    <Toolbar ref={barRef} className="command-bar" aria-label="Segment commands">
      {command('save', 'Save', props.onSave)}
      {segment?.state === 'live'
        ? command('stop', 'Stop', () => {
            setStopping(true);
          })
        : command('goLive', 'Go Live', props.onGoLive)}
      {segment !== undefined && (
        <ToolbarButton onClick={props.onRefresh} disabledFocusable={busy !== undefined}>
          Refresh
        </ToolbarButton>
      )}
      {segment !== undefined &&
        command(
          'delete',
          'Delete',
          () => {
            setConfirming(true);
          },
          'command-danger',
        )}
      {props.type === 'dynamic' && (
        <MenuButton
          label="More commands"
          appearance="subtle"
          disabled={busy !== undefined}
          entries={[{ label: 'Save as template', onSelect: props.onSaveAsTemplate }]}
        />
      )}
      {stopping && segment !== undefined && (
        <StopSegmentDialog
          segment={segment}
          onStop={() => {
            setStopping(false);
            props.onStop();
          }}
          onCancel={() => {
            setStopping(false);
          }}
        />
      )}
      {confirming && segment !== undefined && (
        <ModalDialog
          title="Delete segment?"
          initialFocus={cancelDeleteRef}
          onClose={() => {
            setConfirming(false);
          }}
        >
          <p>“{segment.name}” and its members and history will be deleted. This cannot be undone.</p>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setConfirming(false);
                props.onDelete();
              }}
            >
              Delete
            </Button>
            <Button
              ref={cancelDeleteRef}
              onClick={() => {
                setConfirming(false);
              }}
            >
              Cancel
            </Button>
          </DialogActions>
        </ModalDialog>
      )}
    </Toolbar>
  );
}
