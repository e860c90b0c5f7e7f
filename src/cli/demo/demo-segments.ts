import { festivalBooth } from './tutorial-records.ts';

/** A demo segment: the id it is saved under and its definition, as a user would write the JSON. */
export interface DemoSegment {
  readonly id: string;
  readonly definition: Readonly<Record<string, unknown>>;
}

const condition = (attribute: string, operator: string, values: readonly unknown[], unit?: string) => ({
  kind: 'condition',
  attribute,
  operator,
  values,
  ...(unit === undefined ? {} : { unit }),
});

const contactsWhere = (...children: readonly object[]) => ({
  blocks: [{ entity: 'contact', where: { kind: 'group', op: 'and', children } }],
});

/**
 * The live segments of the demo: a city segment like the tutorial's first (Lisbon, since "Contacts
 * from Atlantis" is the one a newcomer builds), the tutorial's two others, and one that moves with
 * the clock (email readers of the last 30 days, who leave as their last open ages).
 */
export const demoSegments: readonly DemoSegment[] = [
  {
    id: 'demo-lisbon',
    definition: {
      name: 'Contacts from Lisbon',
      type: 'dynamic',
      timeZone: 'Europe/Lisbon',
      description: 'Everyone who lives in Lisbon.',
      query: contactsWhere(condition('address1_city', 'equals', ['Lisbon'])),
    },
  },
  {
    id: 'demo-sf-wine',
    definition: {
      name: 'Female wine enthusiasts over 40 in San Francisco',
      type: 'dynamic',
      timeZone: 'America/Los_Angeles',
      query: contactsWhere(
        condition('address1_city', 'equals', ['San Francisco']),
        condition('gendercode', 'equals', ['female']),
        condition('interests', 'containsAnyOf', ['wine']),
        condition('birthdate', 'olderThan', [40], 'years'),
      ),
    },
  },
  {
    id: 'demo-nc-craft-beer',
    definition: {
      name: 'Craft beer fans from North Carolina who checked in at the festival booth',
      type: 'dynamic',
      timeZone: 'America/New_York',
      query: contactsWhere(
        condition('address1_stateorprovince', 'equals', ['NC', 'North Carolina']),
        condition('interests', 'containsAnyOf', ['craftbeer']),
        {
          kind: 'related',
          relationship: 'interactions',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              condition('type', 'equals', ['EventCheckIn']),
              condition('assetid', 'equals', [festivalBooth]),
            ],
          },
        },
      ),
    },
  },
  {
    id: 'demo-email-readers',
    definition: {
      name: 'Opened or clicked an email in the last 30 days',
      type: 'dynamic',
      query: contactsWhere({
        kind: 'related',
        relationship: 'interactions',
        where: {
          kind: 'group',
          op: 'and',
          children: [condition('type', 'equals', ['EmailOpened', 'EmailClicked'])],
        },
        window: { attribute: 'occurredon', last: 30, unit: 'days' },
      }),
    },
  },
];
