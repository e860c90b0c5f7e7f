import { leadRatings, leadSources, leadStatuses, leadTopics } from './business.ts';
import { money } from './contacts.ts';
import { emailDomains, emailPart, femaleNames, lastNames, maleNames } from './people.ts';
import { places } from './places.ts';
import type { Population } from './population.ts';
import { Random } from './random.ts';
import { recordId } from './record-ids.ts';
import { createdAt, createdBy, creationPoint } from './timeline.ts';

type Row = Record<string, unknown>;

/**
 * The leads of a dataset, in creation order: ~45% tied to an existing contact, ~30% to an account,
 * with a source, a rating and a status; qualified leads score higher.
 */
export function* leadRows(
  count: number,
  seed: number,
  nowMs: number,
  contacts: Population,
  accounts: Population,
): Generator<Row> {
  const random = new Random(seed);
  for (let i = 0; i < count; i++) {
    const point = creationPoint(i / count);
    const contact = random.chance(0.45) ? contacts.draw(random, createdBy(contacts.size, point)) : -1;
    const account = random.chance(0.3) ? accounts.draw(random, createdBy(accounts.size, point)) : -1;
    const first = random.chance(0.5) ? random.pick(femaleNames) : random.pick(maleNames);
    const last = random.pick(lastNames);
    const status = leadStatuses.draw(random);
    const place = random.chance(0.2) ? undefined : places.draw(random);
    const base = status === 'qualified' ? 60 : status === 'disqualified' ? 10 : 35;
    yield {
      id: recordId('lead', i),
      subject: random.pick(leadTopics),
      firstname: first,
      lastname: last,
      emailaddress1: `${emailPart(first)}.${emailPart(last)}@${random.pick(emailDomains)}`,
      companyname: account >= 0 ? null : random.chance(0.5) ? `${last} & Co.` : null,
      address1_city: place?.city ?? null,
      address1_stateorprovince: place?.state ?? null,
      address1_country: place?.country ?? null,
      leadsourcecode: random.chance(0.1) ? null : leadSources.draw(random),
      leadqualitycode: random.chance(0.15) ? null : leadRatings.draw(random),
      statecode: status,
      estimatedvalue: random.chance(0.4) ? null : money(random, 9, 1.2, 50),
      leadscore: Math.max(0, Math.min(100, Math.round(random.normal(base, 15)))),
      parentcontactid: contact >= 0 ? recordId('contact', contact) : null,
      parentaccountid: account >= 0 ? recordId('account', account) : null,
      createdon: new Date(createdAt(nowMs, i, count, random.next())).toISOString(),
    };
  }
}
