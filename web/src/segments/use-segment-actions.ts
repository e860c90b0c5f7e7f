import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError, type Problem, type Segment } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { handOver, handOverDeleted, takeOver, type Feedback, type UsedBy } from './feedback-handoff.ts';
import { messageOf } from './problem-list.tsx';
import { definitionOf, type SegmentDraft } from './segment-draft.ts';
import { memberCountText } from './segment-labels.ts';

/** The command running now, for its progress text. */
export type SegmentTask = 'save' | 'goLive' | 'stop' | 'delete';

interface Input {
  /** The saved segment, or undefined on a new segment's page. */
  readonly segment: Segment | undefined;
  readonly draft: SegmentDraft;
  /** Whether the draft differs from what is saved. */
  readonly dirty: boolean;
  /** A notice to start with (a new segment filled in from a template). */
  readonly initialNotice?: string | undefined;
}

/**
 * The live segments named by a refused Stop or Delete (409 `SEGMENT_IN_USE`, one `USED_BY` detail
 * each, with its `segmentId` and `segmentName`), or undefined for other errors.
 */
function usedByOf(caught: unknown): readonly UsedBy[] | undefined {
  if (!(caught instanceof ApiError) || caught.code !== 'SEGMENT_IN_USE') return undefined;
  return caught.problems.flatMap(({ segmentId, segmentName }) =>
    segmentId === undefined ? [] : [{ id: segmentId, name: segmentName ?? segmentId }],
  );
}

/** A refused Stop or Delete: which live segments use this one, or the server's message. */
function refusalInUse(caught: unknown, what: 'stopped' | 'deleted'): Feedback {
  const usedBy = usedByOf(caught);
  if (usedBy === undefined || usedBy.length === 0) return failure(caught);
  const them = usedBy.length === 1 ? 'a live segment uses it' : `${usedBy.length} live segments use it`;
  return {
    error: `This segment cannot be ${what} while ${them}: stop ${usedBy.length === 1 ? 'that segment' : 'them'} first.`,
    usedBy,
  };
}

/** A refusal as feedback: the server's message, and what to do about its problems. */
function failure(caught: unknown): Feedback {
  const problems = caught instanceof ApiError ? caught.problems : [];
  const what = problems.length === 1 ? 'the problem' : `the ${problems.length} problems`;
  const hint = problems.length === 0 ? '' : ` Fix ${what} marked on this page, then try again.`;
  return { error: `${messageOf(caught)}${hint}`, problems };
}

/** Why Go Live did not happen, when the answer listed problems: each is shown where it is. */
function goLiveRefusal(count: number, saved: boolean): string {
  const what = count === 1 ? 'the problem' : `the ${count} problems`;
  const state = saved ? 'It is saved, as a draft.' : 'Your changes are not saved yet.';
  return `The segment cannot go live yet: fix ${what} marked on this page, then select Go Live again. ${state}`;
}

/**
 * The segment page's commands (SEGMENTS.md lifecycle): Save (create or update; a live segment is
 * republished), Go Live (saving first when needed), Stop and Delete, with their progress and feedback.
 */
export function useSegmentActions({ segment, draft, dirty, initialNotice }: Input) {
  const api = useApi();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState<SegmentTask>();
  const [feedback, setFeedback] = useState<Feedback>(() =>
    segment === undefined && initialNotice !== undefined
      ? { notice: initialNotice }
      : takeOver(client, segment?.id),
  );

  /** Keeps the answer in the cache (the page shows it) and refreshes lists that include it. */
  const remember = (saved: Segment) => {
    client.setQueryData(['segment', saved.id], saved);
    void client.invalidateQueries({ queryKey: ['segments'] });
    void client.invalidateQueries({
      queryKey: ['segment', saved.id],
      predicate: (q) => q.queryKey.length > 2,
    });
  };

  /** A new segment moves to its own address, taking the feedback along. */
  const arrive = (saved: Segment, next: Feedback) => {
    remember(saved);
    if (segment === undefined) {
      // The page is made anew at the new address: the command that had the focus takes it there.
      const focusCommand = document.activeElement?.closest('[data-command]')?.getAttribute('data-command');
      handOver(client, saved.id, focusCommand ? { ...next, focusCommand } : next);
      navigate(`/segments/${encodeURIComponent(saved.id)}`);
    } else {
      setFeedback(next);
    }
  };

  const persist = (): Promise<Segment> =>
    segment === undefined
      ? api.post('/api/segments', { body: definitionOf(draft) })
      : api.put('/api/segments/{id}', { params: { path: { id: segment.id } }, body: definitionOf(draft) });

  const run = async (task: SegmentTask, action: () => Promise<void>) => {
    setBusy(task);
    setFeedback({});
    try {
      await action();
    } finally {
      setBusy(undefined);
    }
  };

  const save = () =>
    run('save', async () => {
      try {
        const saved = await persist();
        const notice =
          saved.state === 'live'
            ? `Saved and republished: the segment now has ${memberCountText(saved.memberCount)}.`
            : 'Saved.';
        arrive(saved, { notice });
      } catch (caught) {
        setFeedback(failure(caught));
      }
    });

  /**
   * A Go Live whose save was refused (a missing name, say): the refusal's problems and every other
   * problem that going live would find, so that all are reported at once rather than one stage at a time.
   */
  const refusedBeforeGoLive = async (caught: unknown): Promise<Feedback> => {
    const refused = failure(caught);
    if (!(caught instanceof ApiError) || caught.problems.length === 0) return refused;
    try {
      const { problems } = await api.post('/api/segments/validate', {
        body: { ...definitionOf(draft), ...(segment === undefined ? {} : { id: segment.id }) },
      });
      const key = (p: Problem) => `${p.code} ${p.path}`;
      const known = new Set(caught.problems.map(key));
      const all = [...caught.problems, ...problems.filter((p) => !known.has(key(p)))];
      return { error: goLiveRefusal(all.length, false), problems: all };
    } catch {
      return refused;
    }
  };

  const goLive = () =>
    run('goLive', async () => {
      let target = segment;
      try {
        if (target === undefined || dirty) target = await persist();
      } catch (caught) {
        setFeedback(await refusedBeforeGoLive(caught));
        return;
      }
      const saved = target;
      try {
        const live = await api.post('/api/segments/{id}/go-live', { params: { path: { id: saved.id } } });
        arrive(live, { notice: `Live with ${memberCountText(live.memberCount)}.` });
      } catch (caught) {
        const problems = caught instanceof ApiError ? caught.problems : [];
        arrive(
          saved,
          problems.length > 0 ? { error: goLiveRefusal(problems.length, true), problems } : failure(caught),
        );
      }
    });

  const stop = () =>
    run('stop', async () => {
      if (segment === undefined) return;
      try {
        const stopped = await api.post('/api/segments/{id}/stop', { params: { path: { id: segment.id } } });
        arrive(stopped, { notice: 'Stopped: the members are kept but no longer kept up to date.' });
      } catch (caught) {
        setFeedback(refusalInUse(caught, 'stopped'));
      }
    });

  const remove = () =>
    run('delete', async () => {
      if (segment === undefined) return;
      try {
        await api.delete('/api/segments/{id}', { params: { path: { id: segment.id } } });
        client.removeQueries({ queryKey: ['segment', segment.id] });
        void client.invalidateQueries({ queryKey: ['segments'] });
        // The page and its Delete go away: the list says what was deleted and takes the focus.
        handOverDeleted(client, segment.name);
        navigate('/segments');
      } catch (caught) {
        setFeedback(refusalInUse(caught, 'deleted'));
      }
    });

  return { busy, feedback, setFeedback, save, goLive, stop, remove };
}
