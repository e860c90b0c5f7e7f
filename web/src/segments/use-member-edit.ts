import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, type MemberEdit, type MemberEditAnswer, type Problem } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { messageOf } from './problem-list.tsx';

/** A problem of an `addByQuery` body, its path made relative to the query as the designer reads paths. */
function asQueryProblem(problem: Problem): Problem {
  const path = problem.path.replace(/^(body\.)?addByQuery/, 'query');
  return { ...problem, path };
}

/**
 * Sends manual member changes of one segment and refreshes its members, count and insights after
 * each; `busy` is true while one runs, `error` holds the last failure.
 */
export function useMemberEdit(segmentId: string) {
  const api = useApi();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [problems, setProblems] = useState<readonly Problem[]>([]);

  const edit = async (body: MemberEdit): Promise<MemberEditAnswer | undefined> => {
    setBusy(true);
    setError(undefined);
    setProblems([]);
    try {
      const result = await api.post('/api/segments/{id}/members', {
        params: { path: { id: segmentId } },
        body,
      });
      await client.invalidateQueries({ queryKey: ['segment', segmentId] });
      return result;
    } catch (caught) {
      setError(messageOf(caught));
      if (caught instanceof ApiError) setProblems(caught.problems.map(asQueryProblem));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setError(undefined);
    setProblems([]);
  };

  return { edit, busy, error, problems, reset };
}
