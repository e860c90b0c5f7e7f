import type { Problem } from '../api/index.ts';
import { isSegmentBlock, type GroupNode, type QueryDefinition } from './definition-types.ts';

/**
 * Places each validation problem on the node of the query it concerns: the deepest block, group,
 * condition or related row the designer shows whose path begins the problem's path. Problems that
 * fit no shown node (the query as a whole, a block that is gone) are left for the top of the designer.
 */
export interface ProblemPlacement {
  /** Problems by the path of the node that shows them (`query.blocks[0].where.children[1]`). */
  readonly byNode: ReadonlyMap<string, readonly Problem[]>;
  /** Problems no shown node takes. */
  readonly unplaced: readonly Problem[];
}

/** A problem's path from the query's root: `query.blocks[1].where`, also when it starts at `blocks`. */
export function problemPath(problem: Problem): string {
  const { path } = problem;
  return path.startsWith('blocks') ? `query.${path}` : path;
}

/** The paths of every node the designer shows for `query`. */
export function shownNodePaths(query: QueryDefinition): readonly string[] {
  const paths: string[] = [];
  const visitGroup = (group: GroupNode, path: string): void => {
    paths.push(path);
    group.children.forEach((child, index) => {
      const childPath = `${path}.children[${index}]`;
      if (child.kind === 'group') visitGroup(child, childPath);
      else {
        paths.push(childPath);
        if (child.kind === 'related' && child.where !== undefined)
          visitGroup(child.where, `${childPath}.where`);
      }
    });
  };
  query.blocks.forEach((block, index) => {
    const path = `query.blocks[${index}]`;
    paths.push(path);
    if (isSegmentBlock(block)) return;
    if (block.where !== undefined) visitGroup(block.where, `${path}.where`);
    block.traverse?.forEach((hop, hopIndex) => {
      if (hop.where !== undefined) visitGroup(hop.where, `${path}.traverse[${hopIndex}].where`);
    });
  });
  return paths;
}

function isWithin(path: string, node: string): boolean {
  return path === node || path.startsWith(`${node}.`) || path.startsWith(`${node}[`);
}

/** Places `problems` on the nodes of `query`. */
export function placeProblems(query: QueryDefinition, problems: readonly Problem[]): ProblemPlacement {
  const nodes = shownNodePaths(query);
  const byNode = new Map<string, Problem[]>();
  const unplaced: Problem[] = [];
  for (const problem of problems) {
    const path = problemPath(problem);
    let best: string | undefined;
    for (const node of nodes) {
      if (isWithin(path, node) && (best === undefined || node.length > best.length)) best = node;
    }
    if (best === undefined) unplaced.push(problem);
    else byNode.set(best, [...(byNode.get(best) ?? []), problem]);
  }
  return { byNode, unplaced };
}

/** The problems of a node that concern one of its controls: the part of the path after the node starts with `control`. */
export function controlProblems(
  problems: readonly Problem[],
  nodePath: string,
  control: string,
): readonly Problem[] {
  return problems.filter((problem) => {
    const rest = problemPath(problem).slice(nodePath.length);
    return rest === `.${control}` || rest.startsWith(`.${control}.`) || rest.startsWith(`.${control}[`);
  });
}
