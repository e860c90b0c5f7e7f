import type { Problem, Segment, SegmentDefinition } from '../api/index.ts';
import { emptyQuery, type QueryDefinition } from '../designer/index.ts';

/** The segment being edited on its page: what the form fields and the designer hold. */
export interface SegmentDraft {
  readonly name: string;
  readonly type: 'dynamic' | 'static';
  readonly description: string;
  readonly timeZone: string;
  readonly query: QueryDefinition;
}

/** The browser's time zone (`Europe/Lisbon`), or UTC when it names none. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * A fresh draft of `type` with no query blocks, in the browser's time zone: "today" and "in the last
 * 7 days" then mean what the marketer who builds the segment means by them.
 */
export function newDraft(type: SegmentDraft['type']): SegmentDraft {
  return { name: '', type, description: '', timeZone: browserTimeZone(), query: emptyQuery() };
}

function isQuery(value: unknown): value is QueryDefinition {
  return typeof value === 'object' && value !== null && Array.isArray((value as { blocks?: unknown }).blocks);
}

/** The draft a saved segment opens as. */
export function draftOf(segment: Segment): SegmentDraft {
  const query: unknown = segment.definition.query;
  return {
    name: segment.name,
    type: segment.type,
    description: segment.description ?? '',
    timeZone: segment.timeZone,
    query: isQuery(query) ? query : emptyQuery(),
  };
}

/**
 * The draft a definition not saved yet opens as (a template's, filled in), as a new segment of
 * `type`: its own name, description, time zone and query where it has them.
 */
export function draftOfDefinition(
  definition: Readonly<Record<string, unknown>>,
  type: SegmentDraft['type'],
): SegmentDraft {
  const fresh = newDraft(type);
  const text = (value: unknown, otherwise: string) => (typeof value === 'string' ? value : otherwise);
  return {
    name: text(definition.name, fresh.name),
    type,
    description: text(definition.description, fresh.description),
    timeZone: text(definition.timeZone, fresh.timeZone),
    query: type === 'dynamic' && isQuery(definition.query) ? definition.query : fresh.query,
  };
}

/**
 * The definition the API takes (SEGMENTS.md). An empty query is left out rather than sent as
 * `{ blocks: [] }`, so a draft without blocks still saves and going live says what is missing.
 */
export function definitionOf(draft: SegmentDraft): SegmentDefinition {
  return {
    name: draft.name,
    type: draft.type,
    ...(draft.description.trim() === '' ? {} : { description: draft.description }),
    timeZone: draft.timeZone,
    ...(draft.type === 'dynamic' && draft.query.blocks.length > 0 ? { query: draft.query } : {}),
  };
}

/** The fields of the page's form, which show their own problems beside them. */
export type FormField = 'name' | 'description' | 'timeZone';

/** The problems whose path names `field` (`name`, or `definition.name` from a template). */
export function problemsFor(problems: readonly Problem[], field: FormField): Problem[] {
  return problems.filter((p) => {
    const path = p.path;
    return path === field || path === `definition.${field}`;
  });
}

/** Whether the designer shows `problem` (its path is inside the query). */
export function isQueryProblem(problem: Problem): boolean {
  const path = problem.path;
  return path === 'query' || path.startsWith('query.') || path.startsWith('query[');
}

/** Whether a form field shows `problem` beside it. */
export function isFieldProblem(problem: Problem): boolean {
  return (['name', 'description', 'timeZone'] as const).some(
    (field) => problemsFor([problem], field).length > 0,
  );
}
