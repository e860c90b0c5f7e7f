import { interests } from './business.ts';
import {
  emailDomains,
  emailPart,
  femaleNames,
  jobTitles,
  lastNames,
  maleNames,
  neutralNames,
} from './people.ts';
import { places, streets } from './places.ts';
import type { Population } from './population.ts';
import { Random, Weighted } from './random.ts';
import { recordId } from './record-ids.ts';
import { createdAt, createdBy, creationPoint, dayMs } from './timeline.ts';

type Row = Record<string, unknown>;

const genders = new Weighted<string | null>([
  ['female', 49],
  ['male', 47],
  ['nonbinary', 1.5],
  [null, 2.5],
]);
const interestCounts = new Weighted<number>([
  [0, 15],
  [1, 30],
  [2, 30],
  [3, 17],
  [4, 8],
]);
const children = new Weighted<number | null>([
  [0, 30],
  [1, 15],
  [2, 18],
  [3, 7],
  [4, 3],
  [5, 1],
  [null, 26],
]);
const familyStatus = new Weighted<string | null>([
  ['single', 25],
  ['married', 40],
  ['divorced', 7],
  ['widowed', 3],
  [null, 25],
]);
const contactMethods = new Weighted<string | null>([
  ['any', 20],
  ['email', 30],
  ['phone', 8],
  ['mail', 2],
  [null, 40],
]);

/** Where people's interests lean: wine country and craft beer country. */
const localInterest: Readonly<Record<string, string>> = {
  'San Francisco': 'wine',
  Napa: 'wine',
  Paris: 'wine',
  Raleigh: 'craftbeer',
  Durham: 'craftbeer',
  Asheville: 'craftbeer',
  Charlotte: 'craftbeer',
  Wilmington: 'craftbeer',
  Portland: 'craftbeer',
  Denver: 'craftbeer',
};

/**
 * The contacts of a dataset, in creation order: names that match the gender, a city drawn with a
 * realistic skew (many in New York, some in Raleigh, almost none in Atlantis), interests that lean
 * local, birthdays of adults, and for ~70% a company among the accounts that existed by then.
 */
export function* contactRows(
  count: number,
  seed: number,
  nowMs: number,
  accounts: Population,
): Generator<Row> {
  const random = new Random(seed);
  for (let i = 0; i < count; i++) {
    const gender = genders.draw(random);
    const first =
      gender === 'female'
        ? random.pick(femaleNames)
        : gender === 'male'
          ? random.pick(maleNames)
          : random.pick(neutralNames);
    const last = random.pick(lastNames);
    const place = random.chance(0.03) ? undefined : places.draw(random);
    const created = createdAt(nowMs, i, count, random.next());
    const account = random.chance(0.7)
      ? accounts.draw(random, createdBy(accounts.size, creationPoint(i / count)))
      : -1;
    yield {
      id: recordId('contact', i),
      firstname: first,
      lastname: last,
      jobtitle: random.chance(0.6) ? random.pick(jobTitles) : null,
      emailaddress1: random.chance(0.97) ? email(random, first, last) : null,
      telephone1: random.chance(0.5) ? `+1 555 ${String(random.int(0, 9999)).padStart(4, '0')}` : null,
      address1_line1: place ? `${random.int(1, 9999)} ${random.pick(streets)}` : null,
      address1_city: place?.city ?? null,
      address1_stateorprovince: place?.state ?? null,
      address1_postalcode: place ? `${place.postalPrefix}${random.int(10, 99)}` : null,
      address1_country: place?.country ?? null,
      birthdate: random.chance(0.92) ? birthdate(random, nowMs) : null,
      gendercode: gender,
      familystatuscode: familyStatus.draw(random),
      preferredcontactmethodcode: contactMethods.draw(random),
      interests: interestsOf(random, place?.city),
      donotbulkemail: random.chance(0.08) ? null : random.chance(0.11),
      donotemail: random.chance(0.03),
      creditlimit: random.chance(0.45) ? money(random, 8.5, 0.8, 100) : null,
      annualincome: random.chance(0.3) ? money(random, 11.1, 0.6, 1000) : null,
      numberofchildren: children.draw(random),
      parentcustomerid: account >= 0 ? recordId('account', account) : null,
      createdon: new Date(created).toISOString(),
    };
  }
}

/** `first.last@domain`, with a number after the name half the time. */
function email(random: Random, first: string, last: string): string {
  const number = random.chance(0.5) ? String(random.int(1, 999)) : '';
  return `${emailPart(first)}.${emailPart(last)}${number}@${random.pick(emailDomains)}`;
}

/** An adult's birthday: ages around 44, from 18 to 90. */
function birthdate(random: Random, nowMs: number): string {
  // Drawn again rather than clamped: a clamped age would pile birthdays onto the day of `now`.
  let age = random.normal(44, 15);
  while (age < 18 || age > 90) age = random.normal(44, 15);
  return new Date(nowMs - age * 365.25 * dayMs).toISOString().slice(0, 10);
}

function interestsOf(random: Random, city: string | undefined): string[] {
  const chosen = new Set<string>();
  const wanted = interestCounts.draw(random);
  for (let tries = 0; chosen.size < wanted && tries < 10; tries++) chosen.add(interests.draw(random));
  const local = city === undefined ? undefined : localInterest[city];
  if (local !== undefined && random.chance(0.3)) chosen.add(local);
  return [...chosen];
}

/** A log-normal amount rounded to `step`, as money text with cents. */
export function money(random: Random, mu: number, sigma: number, step: number): string {
  const amount = Math.max(step, Math.round(Math.exp(random.normal(mu, sigma)) / step) * step);
  return amount.toFixed(2);
}
