import type { Random } from './random.ts';

/** Random but valid attribute values for the property test's writes. */

const cities = ['Atlantis', 'atlantis', 'Lemuria', 'Raleigh', 'San Francisco', 'Atlanta'];
const interests = ['wine', 'craftbeer', 'travel', 'cooking', 'music'];
const interactionTypes = [
  'EmailOpened',
  'EmailOpened',
  'EmailClicked',
  'WebsiteVisited',
  'EventCheckIn',
  'FormSubmitted',
];

/** A date-time within `days` around `now`, as ISO text. */
export function instantNear(random: Random, now: Date, daysBack: number, daysAhead: number): string {
  const offset = random.int(-daysBack * 24 * 60, daysAhead * 24 * 60) * 60_000;
  return new Date(now.getTime() + offset).toISOString();
}

/** A birthday: often near today's month-day, so anniversaries cross boundaries as the clock moves. */
function birthdate(random: Random, now: Date): string {
  const year = random.int(1950, 2008);
  const near = new Date(now.getTime() + random.int(-3, 10) * 86_400_000);
  const nearby = random.chance(0.6);
  const month = nearby ? near.getUTCMonth() + 1 : random.int(1, 12);
  let day = nearby ? near.getUTCDate() : random.int(1, 28);
  // February 29 exists only in leap years.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !leap) day = 28;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Some attributes of a contact; `accounts` are the ids it may belong to. */
export function contactValues(
  random: Random,
  now: Date,
  accounts: readonly string[],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const maybe = (name: string, make: () => unknown) => {
    if (random.chance(0.6)) values[name] = random.chance(0.15) ? null : make();
  };
  maybe('firstname', () => random.pick(['Ann', 'Bo', 'Cy', 'Di', 'Ed']));
  maybe('address1_city', () => random.pick(cities));
  maybe('gendercode', () => random.pick(['female', 'male', 'nonbinary']));
  maybe('interests', () => random.some(interests, 0.35));
  maybe('birthdate', () => birthdate(random, now));
  maybe('creditlimit', () => `${random.int(0, 9000)}.${String(random.int(0, 99)).padStart(2, '0')}`);
  maybe('numberofchildren', () => random.int(0, 4));
  maybe('donotbulkemail', () => random.chance(0.5));
  maybe('createdon', () => instantNear(random, now, 3, 0));
  if (accounts.length > 0) maybe('parentcustomerid', () => random.pick(accounts));
  return values;
}

export function accountValues(random: Random): Record<string, unknown> {
  return {
    name: random.pick(['Contoso', 'Fabrikam', 'Northwind', 'Tailspin']),
    industrycode: random.chance(0.15) ? null : random.pick(['brewing', 'software', 'retail', 'education']),
    numberofemployees: random.chance(0.15) ? null : random.int(1, 2000),
  };
}

export function interactionValues(random: Random, now: Date, contactId: string): Record<string, unknown> {
  return {
    contactid: contactId,
    type: random.pick(interactionTypes),
    occurredon: instantNear(random, now, 40, 3),
    assetid: random.pick(['newsletter', 'promo', 'webinar', null]),
  };
}

export function leadValues(random: Random, contacts: readonly string[]): Record<string, unknown> {
  return {
    subject: 'Interested',
    leadqualitycode: random.pick(['hot', 'warm', 'cold', null]),
    statecode: random.pick(['open', 'qualified', 'disqualified']),
    parentcontactid: contacts.length > 0 && random.chance(0.8) ? random.pick(contacts) : null,
  };
}
