import { useId } from 'react';
import { useFocusOnAdd, useNodeProblems } from './designer-context.tsx';
import { controlProblems } from './problem-index.ts';
import { invalidProps } from './problem-list.tsx';

/**
 * What every block card needs around its controls: its path in the definition, the problems placed
 * on it, the ref that takes the focus when the block was just added, ids for its heading and problem
 * list, and `invalid(control)`, the aria props that tie a control to its problems.
 */
export function useBlockFrame(index: number) {
  const path = `query.blocks[${index}]`;
  const problems = useNodeProblems(path);
  const focusRef = useFocusOnAdd(path);
  const headingId = useId();
  const problemsId = useId();
  const invalid = (control: string) => invalidProps(controlProblems(problems, path, control), problemsId);
  return { path, problems, focusRef, headingId, problemsId, invalid };
}
