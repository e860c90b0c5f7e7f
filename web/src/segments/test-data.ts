// Segments, members and templates the tests answer with.
import type { Segment } from '../api/index.ts';

/** A saved segment with sensible defaults, overridden by `fields`. */
export function aSegment(fields: Partial<Segment> = {}): Segment {
  const base = {
    id: 'seg1',
    name: 'Contacts from Atlantis',
    type: 'dynamic' as const,
    state: 'draft' as const,
    timeZone: 'UTC',
    memberCount: 0,
    createdAt: '2026-03-10T17:00:00.000Z',
    updatedAt: '2026-03-10T17:00:00.000Z',
    goLiveAt: null,
    ...fields,
  };
  return {
    ...base,
    definition: fields.definition ?? {
      name: base.name,
      type: base.type,
      timeZone: base.timeZone,
      ...(base.type === 'dynamic'
        ? {
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
                        values: ['Atlantis'],
                      },
                    ],
                  },
                },
              ],
            },
          }
        : {}),
    },
  };
}

/** Two members of Atlantis. */
export const atlanteans = [
  { id: 'c1', fullname: 'Ada Lovelace', emailaddress1: 'ada@example.com' },
  { id: 'c2', fullname: 'Alan Turing', emailaddress1: 'alan@example.com' },
];

/** Two gallery templates, one with a parameter. */
export const templates = [
  {
    id: 'new-contacts',
    name: 'New contacts',
    description: 'Contacts created in the last 30 days: welcome and onboarding journeys.',
    category: 'Lifecycle',
    source: 'gallery',
    parameters: [{ name: 'days', label: 'Created in the last … days', type: 'integer', default: 30 }],
    definition: {
      name: 'New contacts (last {{days}} days)',
      type: 'dynamic',
      description: 'Contacts created in the last {{days}} days.',
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
                  attribute: 'createdon',
                  operator: 'inLast',
                  values: ['{{days}}'],
                  unit: 'days',
                },
              ],
            },
          },
        ],
      },
    },
  },
  {
    id: 'email-clickers',
    name: 'Email clickers',
    description: 'Contacts who clicked a link in an email in the last 30 days.',
    category: 'Engagement',
    source: 'gallery',
    parameters: [],
    definition: {},
  },
];
