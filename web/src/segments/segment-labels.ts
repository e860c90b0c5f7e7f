import type { Segment, SegmentState } from '../api/index.ts';
import type { SegmentKind } from '../data/index.ts';

const states = { draft: 'Draft', live: 'Live', stopped: 'Stopped' } satisfies Record<SegmentState, string>;
const types = { dynamic: 'Dynamic', static: 'Static' } satisfies Record<Segment['type'], string>;

/** How a segment's state reads on screen: Draft, Live, Stopped. */
export const stateLabel = (state: SegmentState): string => states[state];

/** How a segment's type reads on screen: Dynamic, Static. */
export const typeLabel = (type: Segment['type']): string => types[type];

/** How the Segments list names a segment's kind, in the Type column and filter. */
export const kindLabels = { dynamic: 'Dynamic', static: 'Static', compound: 'Compound' } satisfies Record<
  SegmentKind,
  string
>;

/** "1 member", "2,003 members". */
export const memberCountText = (count: number): string =>
  `${count.toLocaleString()} ${count === 1 ? 'member' : 'members'}`;
