/**
 * The live segments of the property test: at least 30 of varied shapes (profile, related, behavioural
 * with windows, nested groups, every block combination, traverse paths, segment blocks two levels
 * deep, a static segment read by a dynamic one), written as users write them.
 */

type Json = Record<string, unknown>;

const c = (attribute: string, operator: string, values: unknown[] = [], unit?: string): Json => ({
  kind: 'condition',
  attribute,
  operator,
  values,
  ...(unit === undefined ? {} : { unit }),
});
const and = (...children: Json[]): Json => ({ kind: 'group', op: 'and', children });
const or = (...children: Json[]): Json => ({ kind: 'group', op: 'or', children });
const not = (group: Json): Json => ({ ...group, not: true });
const related = (relationship: string, where?: Json, count?: Json, window?: Json): Json => ({
  kind: 'related',
  relationship,
  ...(where ? { where } : {}),
  ...(count ? { count } : {}),
  ...(window ? { window } : {}),
});
const contacts = (where?: Json, combine?: string): Json => ({
  entity: 'contact',
  ...(where ? { where } : {}),
  ...(combine ? { combine } : {}),
});
const segment = (id: string, combine: string): Json => ({ combine, segment: id });
const days = (last: number): Json => ({ attribute: 'occurredon', last, unit: 'days' });

/** A segment of the property test: its id, definition, and whether others read it (so it is never stopped). */
export interface PropertySegment {
  readonly id: string;
  readonly definition: Json;
  /** Alternative definitions an edit may switch to (they read only base segments). */
  readonly alternatives?: readonly Json[];
}

const dynamic = (name: string, timeZone: string, ...blocks: Json[]): Json => ({
  name,
  type: 'dynamic',
  timeZone,
  query: { blocks },
});

export const staticSegmentId = 'p_static_vip';

/** Base segments (read by others) come first, so they go live before their readers. */
export const propertySegments: readonly PropertySegment[] = [
  {
    id: 'p_atlantis',
    definition: dynamic('Atlantis', 'UTC', contacts(and(c('address1_city', 'equals', ['Atlantis'])))),
  },
  {
    id: 'p_openers',
    definition: dynamic(
      'Recent openers',
      'America/Los_Angeles',
      contacts(
        and(
          related(
            'interactions',
            and(c('type', 'equals', ['EmailOpened'])),
            { operator: 'atLeast', value: 2 },
            days(7),
          ),
        ),
      ),
    ),
  },
  {
    id: 'p_brewers',
    definition: dynamic(
      'Brewing accounts',
      'UTC',
      contacts(and(related('parentcustomerid', and(c('industrycode', 'equals', ['brewing']))))),
    ),
  },
  {
    id: 'p_lvl1',
    definition: dynamic(
      'Atlantis openers',
      'UTC',
      { segment: 'p_atlantis' },
      segment('p_openers', 'intersect'),
    ),
  },
  {
    id: 'p_lvl2',
    definition: dynamic(
      'Level two',
      'UTC',
      { segment: 'p_lvl1' },
      segment('p_brewers', 'union'),
      segment(staticSegmentId, 'exclude'),
    ),
  },
  {
    id: 'p_static_reader',
    definition: dynamic(
      'VIPs in Atlantis',
      'UTC',
      contacts(and(c('address1_city', 'contains', ['atl']))),
      segment(staticSegmentId, 'intersect'),
    ),
  },
  {
    id: 'p_city_not',
    definition: dynamic('Not Atlantis', 'UTC', contacts(and(c('address1_city', 'notEquals', ['Atlantis'])))),
  },
  {
    id: 'p_city_begins',
    definition: dynamic('L cities', 'UTC', contacts(and(c('address1_city', 'beginsWith', ['l', 'R'])))),
  },
  {
    id: 'p_no_city',
    definition: dynamic('No city', 'UTC', contacts(and(c('address1_city', 'notContainsData')))),
  },
  {
    id: 'p_women',
    definition: dynamic('Women', 'UTC', contacts(and(c('gendercode', 'equals', ['female'])))),
  },
  {
    id: 'p_wine_or_beer',
    definition: dynamic(
      'Wine or beer',
      'UTC',
      contacts(and(c('interests', 'containsAnyOf', ['wine', 'craftbeer']))),
    ),
    alternatives: [
      dynamic('Wine and beer', 'UTC', contacts(and(c('interests', 'containsAllOf', ['wine', 'craftbeer'])))),
      dynamic('Exactly wine', 'UTC', contacts(and(c('interests', 'equals', ['wine'])))),
    ],
  },
  {
    id: 'p_no_wine',
    definition: dynamic('No wine', 'UTC', contacts(and(c('interests', 'notContainsAnyOf', ['wine'])))),
  },
  {
    id: 'p_over_40',
    definition: dynamic(
      'Over 40',
      'America/Los_Angeles',
      contacts(and(c('birthdate', 'olderThan', [40], 'years'))),
    ),
  },
  {
    id: 'p_birthday',
    definition: dynamic(
      'Birthday this week',
      'Europe/Berlin',
      contacts(and(c('birthdate', 'anniversaryInNext', [7]))),
    ),
  },
  {
    id: 'p_new',
    definition: dynamic('New contacts', 'UTC', contacts(and(c('createdon', 'inLast', [36], 'hours')))),
  },
  {
    id: 'p_credit',
    definition: dynamic('Mid credit', 'UTC', contacts(and(c('creditlimit', 'between', ['100.5', 5000])))),
  },
  {
    id: 'p_kids',
    definition: dynamic('Has kids', 'UTC', contacts(and(c('numberofchildren', 'greaterThan', [0])))),
  },
  {
    id: 'p_mailable',
    definition: dynamic('Mailable', 'UTC', contacts(and(c('donotbulkemail', 'equals', [false])))),
  },
  {
    id: 'p_nested',
    definition: dynamic(
      'Nested',
      'UTC',
      contacts(
        and(
          or(c('gendercode', 'equals', ['male']), c('interests', 'containsAnyOf', ['travel'])),
          not(and(c('address1_city', 'equals', ['Lemuria']))),
        ),
      ),
    ),
    alternatives: [
      dynamic(
        'Nested, flipped',
        'UTC',
        contacts(not(or(c('gendercode', 'equals', ['male']), c('numberofchildren', 'lessThan', [2])))),
      ),
    ],
  },
  {
    id: 'p_big_accounts',
    definition: dynamic(
      'Big accounts',
      'UTC',
      contacts(and(related('parentcustomerid', and(c('numberofemployees', 'greaterOrEqual', [500]))))),
    ),
  },
  {
    id: 'p_account_block',
    definition: dynamic('Software account contacts', 'UTC', {
      entity: 'account',
      where: and(c('industrycode', 'equals', ['software'])),
      traverse: [{ relationship: 'contacts', where: and(c('donotbulkemail', 'equals', [false])) }],
    }),
  },
  {
    id: 'p_siblings',
    definition: dynamic('Colleagues of a wine lover', 'UTC', {
      entity: 'contact',
      where: and(c('interests', 'containsAnyOf', ['wine'])),
      traverse: [{ relationship: 'parentcustomerid' }, { relationship: 'contacts' }],
    }),
  },
  {
    id: 'p_interaction_block',
    definition: dynamic('Checked in', 'UTC', {
      entity: 'interaction',
      where: and(c('type', 'equals', ['EventCheckIn'])),
      traverse: [{ relationship: 'contactid' }],
    }),
  },
  {
    id: 'p_silent',
    definition: dynamic(
      'Silent for 30 days',
      'UTC',
      contacts(and(related('interactions', undefined, { operator: 'exactly', value: 0 }, days(30)))),
    ),
  },
  {
    id: 'p_few_visits',
    definition: dynamic(
      'At most one visit',
      'UTC',
      contacts(
        and(
          related('interactions', and(c('type', 'equals', ['WebsiteVisited'])), {
            operator: 'atMost',
            value: 1,
          }),
        ),
      ),
    ),
  },
  {
    id: 'p_same_record',
    definition: dynamic(
      'Clicked the newsletter',
      'UTC',
      contacts(
        and(
          related(
            'interactions',
            and(c('type', 'equals', ['EmailClicked']), c('assetid', 'equals', ['newsletter'])),
          ),
        ),
      ),
    ),
  },
  {
    id: 'p_hot_leads',
    definition: dynamic(
      'Hot leads',
      'UTC',
      contacts(and(related('leads', and(c('leadqualitycode', 'equals', ['hot']))))),
    ),
  },
  {
    id: 'p_lead_block',
    definition: dynamic('Qualified lead contacts', 'UTC', {
      entity: 'lead',
      where: and(c('statecode', 'equals', ['qualified'])),
      traverse: [{ relationship: 'parentcontactid' }],
    }),
  },
  {
    id: 'p_union',
    definition: dynamic(
      'Women or Atlantis',
      'UTC',
      contacts(and(c('gendercode', 'equals', ['female']))),
      contacts(and(c('address1_city', 'equals', ['Atlantis'])), 'union'),
    ),
  },
  {
    id: 'p_order_a',
    definition: dynamic(
      '(A or B) but not C',
      'UTC',
      contacts(and(c('gendercode', 'equals', ['female']))),
      contacts(and(c('interests', 'containsAnyOf', ['wine'])), 'union'),
      contacts(and(c('address1_city', 'equals', ['Atlantis'])), 'exclude'),
    ),
  },
  {
    id: 'p_intersect_exclude',
    definition: dynamic(
      'Openers but not brewers',
      'UTC',
      { segment: 'p_openers' },
      segment('p_brewers', 'exclude'),
      contacts(and(c('donotbulkemail', 'containsData')), 'intersect'),
    ),
  },
  {
    id: 'p_window_today',
    definition: dynamic(
      'Interacted today',
      'Asia/Tokyo',
      contacts(and(related('interactions', and(c('occurredon', 'today'))))),
    ),
  },
  {
    id: 'p_everyone',
    definition: dynamic('Everyone', 'UTC', contacts()),
  },
];
