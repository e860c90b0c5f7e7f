import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/index.ts';
import { Schema } from '../schema/index.ts';
import type { StoredSegment } from '../store/index.ts';
import { loadSegment } from './live-segment.ts';

/** A definition over today's limit of values per condition, as one saved before the limits would be. */
const oversized = {
  name: 'Every city we ever served',
  type: 'dynamic',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [
            {
              kind: 'condition',
              attribute: 'address1_city',
              operator: 'equals',
              values: Array.from({ length: 1_500 }, (_, i) => `City ${i}`),
            },
          ],
        },
      },
    ],
  },
};

const stored: StoredSegment = {
  id: 'seg_old',
  name: oversized.name,
  type: 'dynamic',
  state: 'live',
  definition: oversized,
  timeZone: 'UTC',
  memberCount: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  goLiveAt: '2025-01-01T00:00:00.000Z',
};

describe('a stored segment', () => {
  it('is refused when it comes in over a limit', () => {
    const parsed = parseDefinition(oversized);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).toEqual(['TOO_MANY_VALUES']);
  });

  it('still loads when it was saved before the limits, so it blocks no other go-live', () => {
    const loaded = loadSegment(stored, Schema.builtin());
    expect(loaded.definition.name).toBe(oversized.name);
    expect([...loaded.dependencies.attributes.keys()]).toContain('contact');
  });
});
