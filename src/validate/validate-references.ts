import { assertNever, type Query } from '../definition/nodes.ts';
import { joinPath, type Problem } from '../schema/problem.ts';
import { problem } from './problem-codes.ts';
import type { SegmentInfo, ValidationContext } from './validation-context.ts';

/**
 * The segment blocks of a query: each names a segment that exists, is not this one, and, when
 * dynamic, is live. A static segment holds explicit members, so it may be read in any state.
 * References may not form a cycle: the queries of referenced dynamic segments are followed through
 * the catalog, and a path that comes back to `selfId` is a cycle through this segment.
 */
export function validateReferences(
  query: Query,
  context: ValidationContext,
  basePath: string,
  selfName: string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const cycles = new CycleFinder(context);
  const reportedCycles = new Set<string>();
  // This segment by the name it is being given, which may differ from the catalog's.
  const nameOf = (id: string): string =>
    (id === context.selfId ? selfName : undefined) ?? context.segments.get(id)?.name ?? id;
  query.blocks.forEach((block, i) => {
    if (block.kind !== 'segmentBlock') return;
    const path = joinPath(basePath, 'blocks', i, 'segment');
    const id = block.segment;
    if (id === context.selfId) {
      problems.push(
        problem(
          'SELF_REFERENCE',
          path,
          `A segment cannot include itself ("${nameOf(id)}"); remove this block.`,
        ),
      );
      return;
    }
    const info = context.segments.get(id);
    if (id === '') {
      problems.push(problem('INCOMPLETE', path, 'Select the segment this block reads.'));
      return;
    }
    if (!info) {
      problems.push(
        problem('UNKNOWN_SEGMENT', path, `There is no segment "${id}". It may have been deleted.`),
      );
      return;
    }
    const stateProblem = referencedStateProblem(info, path);
    if (stateProblem) problems.push(stateProblem);
    const cycle = cycles.from(id);
    const key = cycle && [...new Set(cycle)].sort().join('\u0000');
    if (cycle && key !== undefined && !reportedCycles.has(key)) {
      reportedCycles.add(key);
      const names = cycle.map(nameOf);
      problems.push(
        problem(
          'SEGMENT_CYCLE',
          path,
          `Segments may not include each other in a circle: ${names.join(' → ')}. Remove one of these references.`,
        ),
      );
    }
  });
  return problems;
}

function referencedStateProblem(info: SegmentInfo, path: string): Problem | undefined {
  if (info.type === 'static') return undefined;
  switch (info.state) {
    case 'live':
      return undefined;
    case 'draft':
      return problem(
        'SEGMENT_DRAFT',
        path,
        `The segment "${info.name}" is a draft, so it has no members yet. Make it live first.`,
      );
    case 'stopped':
      return problem(
        'SEGMENT_STOPPED',
        path,
        `The segment "${info.name}" is stopped, so its members are no longer kept up to date. Make it live again, or remove this block.`,
      );
    default:
      return assertNever(info.state);
  }
}

/** Depth-first search for a cycle of references, starting below the segment being validated. */
class CycleFinder {
  readonly #context: ValidationContext;
  /** Segments fully explored without finding a cycle. */
  readonly #done = new Set<string>();

  constructor(context: ValidationContext) {
    this.#context = context;
  }

  /**
   * The first cycle reachable from `id`, as ids from its first repeated segment back to itself. The
   * segment being validated is the root of every search, so a path back to it is found as a cycle
   * before its stored (older) query is ever read.
   */
  from(id: string): string[] | undefined {
    const selfId = this.#context.selfId;
    return this.#visit(id, selfId === undefined ? [] : [selfId]);
  }

  #visit(id: string, stack: string[]): string[] | undefined {
    const onStack = stack.indexOf(id);
    if (onStack >= 0) return [...stack.slice(onStack), id];
    if (this.#done.has(id)) return undefined;
    stack.push(id);
    for (const next of this.#referencesOf(id)) {
      const cycle = this.#visit(next, stack);
      if (cycle) return cycle;
    }
    stack.pop();
    this.#done.add(id);
    return undefined;
  }

  #referencesOf(id: string): string[] {
    const info = this.#context.segments.get(id);
    // A static segment's members are explicit: reading it reads no other segment.
    if (info?.type !== 'dynamic') return [];
    return (info.query?.blocks ?? []).flatMap((b) => (b.kind === 'segmentBlock' ? [b.segment] : []));
  }
}
