import { Schema } from '../../schema/index.ts';
import type { SegmentTemplate, TemplateParameter } from './segment-template.ts';

/**
 * The built-in gallery: segments most marketing teams need, as templates over the built-in CRM schema.
 * Every one validates when instantiated with its defaults (a test checks each).
 */

const cond = (attribute: string, operator: string, values: unknown[] = [], unit?: string) => ({
  kind: 'condition',
  attribute,
  operator,
  values,
  ...(unit === undefined ? {} : { unit }),
});
const all = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });
const any = (...children: unknown[]) => ({ kind: 'group', op: 'or', children });
const none = (...children: unknown[]) => ({ kind: 'group', op: 'or', not: true, children });

/** "Has interactions of `type`": at least / at most / exactly `count`, optionally in the last days. */
const interactions = (type: string | null, count: [string, unknown], lastDays?: string) => ({
  kind: 'related',
  relationship: 'interactions',
  ...(type === null ? {} : { where: all(cond('type', 'equals', [type])) }),
  count: { operator: count[0], value: count[1] },
  ...(lastDays === undefined ? {} : { window: { attribute: 'occurredon', last: lastDays, unit: 'days' } }),
});

const interactionTypes = Schema.builtin().attribute('interaction', 'type')?.options ?? [];

const contacts = (name: string, description: string, where: unknown) => ({
  name,
  type: 'dynamic',
  description,
  query: { blocks: [{ entity: 'contact', where }] },
});

const days = (fallback: number, label = 'Days'): TemplateParameter => ({
  name: 'days',
  label,
  type: 'integer',
  default: fallback,
});

type GalleryEntry = Omit<SegmentTemplate, 'source' | 'definition'> & { readonly definition: unknown };

const entries: readonly GalleryEntry[] = [
  {
    id: 'new-contacts',
    name: 'New contacts',
    description: 'Contacts created in the last 30 days: welcome and onboarding journeys.',
    category: 'Lifecycle',
    parameters: [days(30, 'Created in the last … days')],
    definition: contacts(
      'New contacts (last {{days}} days)',
      'Contacts created in the last {{days}} days.',
      all(cond('createdon', 'inLast', ['{{days}}'], 'days')),
    ),
  },
  {
    id: 'engaged-email-readers',
    name: 'Engaged email readers',
    description: 'Contacts who opened at least 3 emails in the last 30 days.',
    category: 'Engagement',
    parameters: [
      { name: 'opens', label: 'Opened at least … emails', type: 'integer', default: 3 },
      days(30, 'In the last … days'),
    ],
    definition: contacts(
      'Engaged email readers',
      'Opened at least {{opens}} emails in the last {{days}} days.',
      all(interactions('EmailOpened', ['atLeast', '{{opens}}'], '{{days}}')),
    ),
  },
  {
    id: 'email-clickers',
    name: 'Email clickers',
    description: 'Contacts who clicked a link in an email in the last 30 days.',
    category: 'Engagement',
    parameters: [days(30, 'In the last … days')],
    definition: contacts(
      'Email clickers (last {{days}} days)',
      'Clicked a link in an email in the last {{days}} days.',
      all(interactions('EmailClicked', ['atLeast', 1], '{{days}}')),
    ),
  },
  {
    id: 'birthdays-next-week',
    name: 'Birthdays next week',
    description: 'Contacts whose birthday falls in the next 7 days: birthday greetings and offers.',
    category: 'Dates',
    parameters: [days(7, 'Birthday in the next … days')],
    definition: contacts(
      'Birthdays in the next {{days}} days',
      'Contacts whose birthday falls in the next {{days}} days.',
      all(cond('birthdate', 'anniversaryInNext', ['{{days}}'])),
    ),
  },
  {
    id: 'contacts-in-city',
    name: 'Contacts in a city',
    description: 'Contacts whose address is in one city.',
    category: 'Location',
    parameters: [{ name: 'city', label: 'City', type: 'string', default: 'Atlantis' }],
    definition: contacts(
      'Contacts in {{city}}',
      'Contacts whose address 1 city is {{city}}.',
      all(cond('address1_city', 'equals', ['{{city}}'])),
    ),
  },
  {
    id: 'inactive-contacts',
    name: 'Inactive contacts',
    description: 'Contacts with no interaction at all in the last 90 days: win-back campaigns.',
    category: 'Lifecycle',
    parameters: [days(90, 'No interaction in the last … days')],
    definition: contacts(
      'Inactive for {{days}} days',
      'No interaction of any kind in the last {{days}} days.',
      all(interactions(null, ['exactly', 0], '{{days}}')),
    ),
  },
  {
    id: 'event-attendees',
    name: 'Event attendees who checked in',
    description: 'Contacts who checked in at an event in the last year.',
    category: 'Events',
    parameters: [days(365, 'Checked in within the last … days')],
    definition: contacts(
      'Event attendees (last {{days}} days)',
      'Checked in at an event in the last {{days}} days.',
      all(interactions('EventCheckIn', ['atLeast', 1], '{{days}}')),
    ),
  },
  {
    id: 'event-no-shows',
    name: 'Event no-shows',
    description: 'Contacts who registered for an event in the last 90 days but never checked in.',
    category: 'Events',
    parameters: [days(90, 'Registered in the last … days')],
    definition: contacts(
      'Event no-shows (last {{days}} days)',
      'Registered for an event in the last {{days}} days without checking in.',
      all(
        interactions('EventRegistration', ['atLeast', 1], '{{days}}'),
        interactions('EventCheckIn', ['exactly', 0], '{{days}}'),
      ),
    ),
  },
  {
    id: 'high-value-account-contacts',
    name: "High-value accounts' contacts",
    description: 'Contacts of accounts whose annual revenue is at least 1,000,000.',
    category: 'Firmographics',
    parameters: [{ name: 'amount', label: 'Annual revenue at least', type: 'number', default: 1_000_000 }],
    definition: contacts(
      'Contacts of accounts with revenue ≥ {{amount}}',
      'Contacts whose account has an annual revenue of at least {{amount}}.',
      all({
        kind: 'related',
        relationship: 'parentcustomerid',
        where: all(cond('revenue', 'greaterOrEqual', ['{{amount}}'])),
      }),
    ),
  },
  {
    id: 'bulk-email-allowed',
    name: 'Bulk email allowed',
    description: 'Contacts with an email address who have not opted out of bulk email.',
    category: 'Compliance',
    parameters: [],
    definition: contacts(
      'Bulk email allowed',
      'Has an email address and has not opted out of bulk email.',
      // "Do not allow bulk emails" left empty counts as allowed: a null is not "true".
      all(cond('emailaddress1', 'containsData'), none(cond('donotbulkemail', 'equals', [true]))),
    ),
  },
  {
    id: 'web-form-submitters',
    name: 'Web visitors who submitted a form',
    description: 'Contacts who visited the website and submitted a form in the last 30 days.',
    category: 'Web',
    parameters: [days(30, 'In the last … days')],
    definition: contacts(
      'Web visitors who submitted a form (last {{days}} days)',
      'Visited the website and submitted a form in the last {{days}} days.',
      all(
        interactions('WebsiteVisited', ['atLeast', 1], '{{days}}'),
        interactions('FormSubmitted', ['atLeast', 1], '{{days}}'),
      ),
    ),
  },
  {
    id: 'hot-leads',
    name: 'Hot leads',
    description: 'Contacts with a lead rated Hot or scored 80 or more that is not disqualified.',
    category: 'Sales',
    parameters: [{ name: 'score', label: 'Lead score at least', type: 'integer', default: 80 }],
    definition: contacts(
      'Hot leads',
      'Has a lead rated Hot or scored {{score}} or more, not disqualified.',
      all({
        kind: 'related',
        relationship: 'leads',
        where: all(
          any(cond('leadqualitycode', 'equals', ['hot']), cond('leadscore', 'greaterOrEqual', ['{{score}}'])),
          none(cond('statecode', 'equals', ['disqualified'])),
        ),
      }),
    ),
  },
  {
    id: 'recent-interaction-type',
    name: 'Recent interaction of a kind',
    description:
      'Contacts with at least one interaction of a chosen kind (a purchase, say) in the last 30 days.',
    category: 'Engagement',
    parameters: [
      { name: 'type', label: 'Interaction', type: 'choice', default: 'Purchase', options: interactionTypes },
      days(30, 'In the last … days'),
    ],
    definition: contacts(
      '{{type}} in the last {{days}} days',
      'At least one {{type}} interaction in the last {{days}} days.',
      all(interactions('{{type}}', ['atLeast', 1], '{{days}}')),
    ),
  },
  {
    id: 'wine-enthusiasts-over-40',
    name: 'Female wine enthusiasts over 40 in a city',
    description: 'The Dynamics tutorial segment: female contacts over 40 interested in wine, in one city.',
    category: 'Demographics',
    parameters: [
      { name: 'city', label: 'City', type: 'string', default: 'San Francisco' },
      { name: 'age', label: 'Older than … years', type: 'integer', default: 40 },
    ],
    definition: contacts(
      'Female wine enthusiasts over {{age}} in {{city}}',
      'Female contacts over {{age}} interested in wine, living in {{city}}.',
      all(
        cond('address1_city', 'equals', ['{{city}}']),
        cond('gendercode', 'equals', ['female']),
        cond('interests', 'containsAnyOf', ['wine']),
        cond('birthdate', 'olderThan', ['{{age}}'], 'years'),
      ),
    ),
  },
];

/** The gallery's templates, in the order the designer lists them. */
export const templateGallery: readonly SegmentTemplate[] = entries.map((entry) => ({
  ...entry,
  source: 'gallery',
}));

/** A gallery template by id. */
export function galleryTemplate(id: string): SegmentTemplate | undefined {
  return templateGallery.find((template) => template.id === id);
}
