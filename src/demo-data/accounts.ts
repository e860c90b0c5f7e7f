import { companySuffixes, companyWords, industries } from './business.ts';
import { money } from './contacts.ts';
import { places, streets } from './places.ts';
import { Random, Weighted } from './random.ts';
import { recordId } from './record-ids.ts';
import { createdAt } from './timeline.ts';

type Row = Record<string, unknown>;

const categories = new Weighted<string | null>([
  ['preferred', 15],
  ['standard', 60],
  [null, 25],
]);

/**
 * The accounts of a dataset, in creation order: names that fit their industry, staff counts from a
 * handful to a hundred thousand (log-normal: most companies are small), revenue that follows staff.
 */
export function* accountRows(count: number, seed: number, nowMs: number): Generator<Row> {
  const random = new Random(seed);
  for (let i = 0; i < count; i++) {
    const industry = random.chance(0.05) ? null : industries.draw(random);
    const suffix = random.pick(companySuffixes[industry ?? 'other'] ?? ['Inc.']);
    const words = random.chance(0.4)
      ? [random.pick(companyWords), random.pick(companyWords)]
      : [random.pick(companyWords)];
    const name = [...words, suffix].join(' ');
    const domain = `${name.toLowerCase().replace(/[^a-z]+/g, '')}${i}.example.com`;
    const employees = Math.max(1, Math.min(200_000, Math.round(Math.exp(random.normal(3.3, 1.7)))));
    const place = random.chance(0.04) ? undefined : places.draw(random);
    yield {
      id: recordId('account', i),
      name,
      accountnumber: `AC-${String(i + 1).padStart(7, '0')}`,
      emailaddress1: `info@${domain}`,
      telephone1: `+1 555 ${String(random.int(0, 9999)).padStart(4, '0')}`,
      websiteurl: `https://${domain}`,
      address1_line1: place ? `${random.int(1, 9999)} ${random.pick(streets)}` : null,
      address1_city: place?.city ?? null,
      address1_stateorprovince: place?.state ?? null,
      address1_postalcode: place ? `${place.postalPrefix}${random.int(10, 99)}` : null,
      address1_country: place?.country ?? null,
      industrycode: industry,
      accountcategorycode: categories.draw(random),
      numberofemployees: random.chance(0.1) ? null : employees,
      // Revenue per employee around $150k, log-normally spread.
      revenue: random.chance(0.15) ? null : money(random, Math.log(employees * 150_000), 0.5, 1000),
      createdon: new Date(createdAt(nowMs, i, count, random.next())).toISOString(),
    };
  }
}
