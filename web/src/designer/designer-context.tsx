import { createContext, useContext } from 'react';
import type { Problem, Schema } from '../api/index.ts';
import type { ProblemPlacement } from './problem-index.ts';

/** What every part of the designer reads: the schema, whether it may edit, and the placed problems. */
export interface DesignerSettings {
  readonly schema: Schema;
  readonly readOnly: boolean;
  readonly problems: ProblemPlacement;
  /** The path of the node just added, whose first control takes the focus once it is shown. */
  readonly pendingFocusRef: { current: string | undefined };
}

const DesignerContext = createContext<DesignerSettings | undefined>(undefined);

/** Provides the designer's settings to its parts. */
export const DesignerProvider = DesignerContext.Provider;

/** The designer's settings; only its parts call this. */
export function useDesigner(): DesignerSettings {
  const settings = useContext(DesignerContext);
  if (settings === undefined) throw new Error('useDesigner is used outside <SegmentDesigner>');
  return settings;
}

const none: readonly Problem[] = [];

/**
 * A ref for the first control of the node at `path`: it takes the focus when that node was just
 * added, so that keyboard users continue where the new row, group or block appears.
 */
export function useFocusOnAdd(path: string): (element: HTMLElement | null) => void {
  const { pendingFocusRef } = useDesigner();
  return (element) => {
    if (element !== null && pendingFocusRef.current === path) {
      pendingFocusRef.current = undefined;
      element.focus();
    }
  };
}

/** Asks for the focus to go to the node at `path` once it is shown. */
export function useRequestFocus(): (path: string) => void {
  const { pendingFocusRef } = useDesigner();
  return (path) => {
    pendingFocusRef.current = path;
  };
}

/** The problems placed on the node at `path`. */
export function useNodeProblems(path: string): readonly Problem[] {
  return useDesigner().problems.byNode.get(path) ?? none;
}
