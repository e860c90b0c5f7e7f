import type { Query } from '../definition/nodes.ts';
import type { Schema } from '../schema/schema.ts';

/** What the validator needs to know about another segment that a segment block names. */
export interface SegmentInfo {
  readonly id: string;
  readonly name: string;
  readonly type: 'dynamic' | 'static';
  readonly state: 'draft' | 'live' | 'stopped';
  /** The query of a dynamic segment, followed to find cycles of references. */
  readonly query?: Query;
}

/** The segments of the installation, by id. */
export interface SegmentCatalog {
  get(id: string): SegmentInfo | undefined;
}

/** Everything a definition is validated against. */
export interface ValidationContext {
  readonly schema: Schema;
  readonly segments: SegmentCatalog;
  /** The id of the segment being validated, for cycles; absent for a segment not saved yet. */
  readonly selfId?: string;
}

/** A catalog over a fixed list of segments, for tests and one-off validations. */
export function catalogOf(segments: readonly SegmentInfo[]): SegmentCatalog {
  const byId = new Map(segments.map((s) => [s.id, s]));
  return { get: (id) => byId.get(id) };
}

/** What conditions are checked against, inside one query: the schema and the segment's time zone. */
export interface WhereScope {
  readonly schema: Schema;
  /** A valid IANA zone (UTC when the definition's own is not), for comparing date bounds. */
  readonly timeZone: string;
}
