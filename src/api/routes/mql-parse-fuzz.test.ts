/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- route tests read JSON answers freely; the assertions check them */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { pick, seededRandom as random } from '../../mql/mql-fuzz-kit.ts';
import { citySegment, liveSegment, startApi, type TestApi } from '../api-test-kit.ts';

/**
 * A fuzz of `POST /api/mql/parse` (issue 13): random, mutated and truncated MQL is answered 200 with a
 * query or 422 with problems inside the text, never a 5xx. Seeded, so a failure repeats.
 */

const samples = [
  "PROFILE(contact).FILTER(address1_city == 'Seattle' && gendercode == 2)",
  'PROFILE(contact, contact_1).FILTER(ISNOTNULL(contact_1.emailaddress1) && ISNOTNULL(contact_1.fullname))',
  "PROFILE(account, account_1).FILTER(account_1.name == 'Contoso').TRAVERSE(contact_account_parentcustomerid, contact_1).FILTER(ISNOTNULL(contact_1.emailaddress1))",
  "SEGMENT(Seattle) UNION SEGMENT('seg_paris') EXCEPT (SEGMENT(SEGMENT_CRM_ID_e1fa7fdc5c78ea11a811000d3a8e8fcc))",
  "INTERACTION(EmailOpened, EmailOpened_ContactLink).FILTER(url CONTAINS 'x').HAVING(COUNT() > 2, UTCDAYS(30))",
  'PROFILE(contact).FILTER(NOT(gendercode == 2) && birthdate <= DATEADD(year, -40, DATETIMEUTCNOW()) && DATEDIFF(day, createdon, DATETIMEUTCNOW()) == 0)',
  "PROFILE(lead).FILTER(subject STARTSWITH 'It''s new').TRAVERSE(lead_contact_parentcontactid)",
];

const fragments = [
  ...['PROFILE', 'SEGMENT', 'INTERACTION', 'TRAVERSE', 'FILTER', 'HAVING', 'COUNT', 'UNION', 'EXCEPT'],
  ...['INTERSECT', 'NOT', 'ISNULL', 'CONTAINS', 'DATEDIFF', 'DATEADD', 'DATETIMEUTCNOW', 'UTCDAYS'],
  ...['contact', 'account', 'contact_1', 'address1_city', 'gendercode', 'birthdate', 'Seattle'],
  ...['(', ')', '.', ',', "'", "''", '==', '!=', '>=', '<', '&&', '||', '\n', '\u00a0', ' ', '-', '0'],
  ...['2', '1e309', '99999999999999999999', "'\u0000'", '"', '\\', '%', '_', '😀', '\u202e', '\ud800'],
];

/**
 * One fuzzed text: a sample cut short, mutated, fragments strung together at random, a sample with
 * other whitespace, or two samples joined with a cut-short second.
 */
function fuzzed(next: () => number): string {
  const sample = pick(next, samples);
  switch (Math.floor(next() * 5)) {
    case 0:
      return sample.slice(0, Math.floor(next() * sample.length));
    case 1: {
      let text = sample;
      for (let i = 0; i < 1 + Math.floor(next() * 4); i++) {
        const at = Math.floor(next() * text.length);
        const cut = Math.floor(next() * 6);
        text = text.slice(0, at) + (next() < 0.6 ? pick(next, fragments) : '') + text.slice(at + cut);
      }
      return text;
    }
    case 2:
      return Array.from({ length: 1 + Math.floor(next() * 30) }, () => pick(next, fragments)).join('');
    case 3:
      // Whitespace as real queries have it (non-breaking spaces, line breaks): still a query.
      return sample.replace(/ /g, () => pick(next, [' ', '\u00a0', '\n  ', '\t', '\u2003']));
    default:
      return `${sample}\n${pick(next, ['UNION', 'EXCEPT', 'INTERSECT', ''])}\n${pick(next, samples).slice(0, Math.floor(next() * 40))}`;
  }
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`POST /api/mql/parse under fuzz ${backend.label}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startApi(backend);
      await liveSegment(api, citySegment('Seattle', 'Seattle'));
      await liveSegment(api, { ...citySegment('Paris', 'Paris'), id: 'seg_paris' });
    });
    afterAll(async () => {
      await api.app.close();
      await backend.cleanup();
    });

    it('answers random, mutated and truncated MQL with a query or problems inside the text, never a 5xx', async () => {
      const next = random(13);
      const statuses = new Map<number, number>();
      for (let round = 0; round < 300; round++) {
        const mql = fuzzed(next);
        const answer = await api.call('POST', '/api/mql/parse', { mql });
        const what = `round ${round}: ${JSON.stringify(mql)} → ${answer.status} ${answer.body.slice(0, 300)}`;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect([200, 400, 422], what).toContain(answer.status);
        if (answer.status === 200) {
          expect(answer.json.query.blocks.length, what).toBeGreaterThan(0);
        } else if (answer.status === 422) {
          const lines = mql.split(/\r\n|\r|\n|\u2028|\u2029/);
          const details: { line: number; column: number; message: string }[] = answer.json.error.details;
          expect(details.length, what).toBeGreaterThan(0);
          for (const problem of details) {
            expect(problem.message, what).not.toBe('');
            expect(problem.line, what).toBeGreaterThanOrEqual(1);
            expect(problem.line, what).toBeLessThanOrEqual(lines.length);
            expect(problem.column, what).toBeGreaterThanOrEqual(1);
          }
        }
      }
      // The fuzz reached both answers, so neither check above was vacuous.
      expect(statuses.get(200) ?? 0).toBeGreaterThan(30);
      expect(statuses.get(422) ?? 0).toBeGreaterThan(100);
    });

    it('answers deep nesting, very long text and odd bodies without a 5xx', async () => {
      const bodies: unknown[] = [
        { mql: `PROFILE(contact).FILTER(${'('.repeat(5000)}firstname == 'a'${')'.repeat(5000)})` },
        { mql: `PROFILE(contact).FILTER(${'NOT('.repeat(3000)}firstname == 'a'${')'.repeat(3000)})` },
        {
          mql: `PROFILE(contact).FILTER(${Array.from({ length: 2000 }, (_, i) => `firstname == 'n${i}'`).join(' || ')})`,
        },
        { mql: Array.from({ length: 500 }, () => 'SEGMENT(Seattle)').join(' UNION ') },
        { mql: `'${'x'.repeat(200_000)}` },
        { mql: 'x'.repeat(300_000) },
        { mql: null },
        { mql: ['PROFILE(contact)'] },
        '{"mql": "PROFILE(contact',
        [],
      ];
      for (const body of bodies) {
        const answer = await api.call('POST', '/api/mql/parse', body);
        const what = `${JSON.stringify(body).slice(0, 80)} → ${answer.status} ${answer.body.slice(0, 200)}`;
        expect(answer.status, what).toBeGreaterThanOrEqual(400);
        expect(answer.status, what).toBeLessThan(500);
        expect(answer.json.error.code, what).toEqual(expect.any(String));
      }
    });
  });
}
