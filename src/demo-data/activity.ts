import { Weighted, type Random } from './random.ts';

/**
 * Interaction types by how often they happen: mostly email sends, deliveries and opens, then web
 * visits, fewer clicks, and rarely forms, events and purchases.
 */
export const interactionTypes = new Weighted<string>([
  ['EmailSent', 30],
  ['EmailDelivered', 16],
  ['EmailOpened', 20],
  ['EmailClicked', 5],
  ['EmailBounced', 1],
  ['EmailUnsubscribed', 0.3],
  ['WebsiteVisited', 18],
  ['FormSubmitted', 3],
  ['EventRegistration', 2.5],
  ['EventCheckIn', 1.5],
  ['Purchase', 2.7],
]);

/** Events people register for and check in at; each is an asset id. */
// prettier-ignore
export const events = [
  'ev-raleigh-craft-beer-festival', 'ev-asheville-brewers-summit', 'ev-napa-harvest-tasting',
  'ev-sf-wine-week', 'ev-nyc-product-launch', 'ev-chicago-user-conference', 'ev-austin-tech-meetup',
  'ev-london-spring-gala', 'ev-seattle-cooking-class', 'ev-denver-trail-run', 'ev-toronto-jazz-night',
  'ev-berlin-design-days', 'ev-charlotte-food-fair', 'ev-boston-marathon-expo', 'ev-miami-art-fair',
  'ev-webinar-q1', 'ev-webinar-q2', 'ev-webinar-q3', 'ev-webinar-q4',
] as const;

// prettier-ignore
export const forms = [
  'fm-newsletter-signup', 'fm-contact-us', 'fm-demo-request', 'fm-whitepaper-download', 'fm-event-feedback',
  'fm-wine-club-join', 'fm-beer-fest-tickets', 'fm-preferences',
] as const;

// prettier-ignore
export const pages = [
  '/', '/pricing', '/blog/pairing-wine-with-cheese', '/blog/ten-ipas-to-try', '/events', '/about',
  '/products/tasting-kit', '/products/gift-card', '/careers', '/contact', '/blog/trail-guide',
] as const;

// prettier-ignore
const emailTopics = [
  'newsletter', 'wine-of-the-month', 'beer-fest-invite', 'spring-sale', 'product-update', 'webinar-invite',
  'welcome-series', 'win-back',
] as const;

/** Pages by popularity: the home page and pricing are most visited. */
const pageWeights = new Weighted<string>(pages.map((page, i) => [page, 1 / (i + 1)] as const));

/**
 * The asset (email, form, event or page) an interaction of `type` concerns, and its URL when it has
 * one. Emails are campaigns of the month they went out, so a pool of a few hundred over two years.
 */
export function assetOf(type: string, occurredon: string, random: Random): { assetid: string; url?: string } {
  switch (type) {
    case 'WebsiteVisited':
    case 'Purchase': {
      const page = pageWeights.draw(random);
      return { assetid: `pg${page}`, url: `https://www.example.com${page}` };
    }
    case 'FormSubmitted':
      return { assetid: random.pick(forms) };
    case 'EventRegistration':
    case 'EventCheckIn':
      return { assetid: random.pick(events) };
    default:
      return { assetid: `em-${occurredon.slice(0, 7)}-${random.pick(emailTopics)}` };
  }
}
