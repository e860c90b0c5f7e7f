import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import type { Segment } from '../api/index.ts';
import { QueryView, type QueryEdit } from '../designer/index.ts';
import { DesignerPanel } from './designer-panel.tsx';
import { InsightsPanel } from './insights-panel.tsx';
import { MembersPanel } from './members-panel.tsx';
import { ErrorAlert, ProblemList } from './problem-list.tsx';
import { SaveTemplateDialog } from './save-template-dialog.tsx';
import { SegmentCommandBar } from './segment-command-bar.tsx';
import {
  definitionOf,
  draftOf,
  isFieldProblem,
  isQueryProblem,
  newDraft,
  type SegmentDraft,
} from './segment-draft.ts';
import { SegmentFields } from './segment-fields.tsx';
import { memberCountText, stateLabel, typeLabel } from './segment-labels.ts';
import { SegmentTabs, type TabSpec } from './segment-tabs.tsx';
import { useLiveMembership } from './use-live-membership.ts';
import { useLeaveGuard } from '../shell/index.ts';
import { UsedByList } from './used-by-list.tsx';
import { useSegmentActions } from './use-segment-actions.ts';

interface Props {
  /** The saved segment; undefined on a new segment's page. */
  readonly segment: Segment | undefined;
  /** The type of a new segment (a saved one keeps its own). */
  readonly type: Segment['type'];
  /** A new segment's draft to start from (a template's, filled in); an empty one when absent. */
  readonly initialDraft?: SegmentDraft | undefined;
  /** A notice to show as the page opens. */
  readonly initialNotice?: string | undefined;
}

/**
 * A segment's page, new or saved: the command bar, **Name**, description and time zone, then the
 * **Designer**, **Query** (the design as MQL), **Members** and **Insights** tabs (the last two once it is saved).
 */
export function SegmentEditor({ segment, type, initialDraft, initialNotice }: Props) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<SegmentDraft>(
    () => initialDraft ?? (segment ? draftOf(segment) : newDraft(type)),
  );
  const baseline = useMemo(
    () => JSON.stringify(definitionOf(segment === undefined ? newDraft(type) : draftOf(segment))),
    [segment, type],
  );
  const changed = JSON.stringify(definitionOf(draft)) !== baseline;
  // A new segment is saved by Go Live whatever it holds; a saved one only when it changed.
  const dirty = segment === undefined || changed;
  const actions = useSegmentActions({ segment, draft, dirty, initialNotice });
  const [tab, setTab] = useState(draft.type === 'dynamic' ? 'designer' : 'members');
  const [templating, setTemplating] = useState(false);
  const [queryEdit, setQueryEdit] = useState<QueryEdit>();
  const leaveGuard = useLeaveGuard(changed || queryEdit !== undefined, 'this segment');
  const pageRef = useRef<HTMLElement>(null);
  const live = useLiveMembership(segment?.id ?? '', segment?.state === 'live');
  const problems = actions.feedback.problems ?? [];
  // Each problem shows once: beside its field, in the designer (dynamic segments), or in the list.
  const inDesigner = draft.type === 'dynamic' ? problems.filter(isQueryProblem) : [];
  const listed = problems.filter((p) => !isFieldProblem(p) && !inDesigner.includes(p));
  const [shown, setShown] = useState(actions.feedback);
  if (shown !== actions.feedback) {
    // New feedback with problems in the query: show the designer, where they are.
    setShown(actions.feedback);
    if (inDesigner.length > 0) setTab('designer');
  }

  const tabs: TabSpec[] = [];
  if (draft.type === 'dynamic')
    tabs.push({
      id: 'designer',
      label: 'Designer',
      render: () => (
        <DesignerPanel
          draft={draft}
          problems={inDesigner}
          onQuery={(query) => {
            setDraft({ ...draft, query });
          }}
        />
      ),
    });
  if (draft.type === 'dynamic')
    tabs.push({
      id: 'query',
      label: 'Query',
      render: () => (
        <QueryView
          query={draft.query}
          edit={queryEdit}
          onEdit={setQueryEdit}
          onApply={(query) => {
            // The Designer tab takes the focus the Apply button had, before that button is gone (focus
            // lost with it would be put back on the Query tab by Fluent's focus management).
            pageRef.current?.querySelector<HTMLElement>('[role="tab"][id$="-tab-designer"]')?.focus();
            setDraft({ ...draft, query });
            setTab('designer');
            actions.setFeedback({ notice: 'The query is applied to the design. Save to keep it.' });
          }}
        />
      ),
    });
  if (segment !== undefined) {
    tabs.push({ id: 'members', label: 'Members', render: () => <MembersPanel segment={segment} /> });
    tabs.push({ id: 'insights', label: 'Insights', render: () => <InsightsPanel segment={segment} /> });
  }

  const title = draft.name.trim() || segment?.name || `New ${draft.type} segment`;
  return (
    <section ref={pageRef} className="segment-page" aria-labelledby="segment-title">
      <SegmentCommandBar
        segment={segment}
        type={draft.type}
        busy={actions.busy}
        focusCommand={actions.feedback.focusCommand}
        onSave={() => void actions.save()}
        onGoLive={() => void actions.goLive()}
        onStop={() => void actions.stop()}
        onDelete={() => void actions.remove()}
        onRefresh={() => {
          if (segment) void client.invalidateQueries({ queryKey: ['segment', segment.id] });
        }}
        onSaveAsTemplate={() => {
          setTemplating(true);
        }}
      />
      <header className="segment-header">
        <h1 id="segment-title">{title}</h1>
        <p className="segment-status">
          <span>{typeLabel(draft.type)} segment</span>
          {segment !== undefined && (
            <>
              <span className={`state-badge state-${segment.state}`}>{stateLabel(segment.state)}</span>
              <span>{memberCountText(segment.memberCount)}</span>
            </>
          )}
          {live === 'open' && <span className="muted">Updating as contacts change</span>}
          {live === 'reconnecting' && <span className="muted">Reconnecting to live updates…</span>}
          {segment !== undefined && dirty && <span className="unsaved">Unsaved changes</span>}
        </p>
        {segment?.state === 'live' && (
          <p className="muted live-note">
            This segment is live: Save republishes it, and its members change by the difference only.
          </p>
        )}
      </header>
      {actions.feedback.notice !== undefined && (
        <p role="status" className="notice">
          {actions.feedback.notice}
        </p>
      )}
      <ErrorAlert message={actions.feedback.error} />
      <UsedByList usedBy={actions.feedback.usedBy} />
      <ProblemList problems={listed} title="Fix these problems, then try again:" />
      <SegmentFields draft={draft} onChange={setDraft} problems={problems} />
      {tabs.length > 0 ? (
        <SegmentTabs label="Segment" tabs={tabs} selected={tab} onSelect={setTab} />
      ) : (
        <p className="muted">Save the segment, then add its members on the Members tab.</p>
      )}
      {leaveGuard}
      {templating && (
        <SaveTemplateDialog
          draft={draft}
          onClose={() => {
            setTemplating(false);
          }}
          onSaved={(name) => {
            setTemplating(false);
            actions.setFeedback({ notice: `Saved as the template “${name}”.` });
          }}
        />
      )}
    </section>
  );
}
