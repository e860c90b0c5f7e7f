import { describe, expect, it } from 'vitest';
import { Schema } from '../schema/index.ts';
import { parseMql, parseMqlFetch, type ParseMqlResult } from './index.ts';
import { pick, seededRandom as random } from './mql-fuzz-kit.ts';

/**
 * A parser fuzz (issue 13): random, mutated and truncated MQL never throws, and every refusal carries
 * problems whose line and column point into the text. Seeded, so a failure repeats.
 */

const schema = Schema.builtin();

const samples = [
  'PROFILE(contact)',
  'PROFILE(contact, contact_1).FILTER(ISNOTNULL(contact_1.emailaddress1) && ISNOTNULL(contact_1.fullname))',
  "PROFILE(contact).FILTER((address1_city == 'NewYork' || address1_city == 'NewJersey'))",
  "PROFILE(account, account_1).FILTER(account_1.accountid == '1cc00a15-37ef-e911-a81d-000d3a6d200c').TRAVERSE(contact_account_parentcustomerid, contact_1).FILTER(ISNOTNULL(contact_1.emailaddress1))",
  'SEGMENT(segment1) UNION SEGMENT(segment2) EXCEPT (SEGMENT(SEGMENT_CRM_ID_e1fa7fdc5c78ea11a811000d3a8e8fcc))',
  "INTERACTION(EmailOpened, EmailOpened_ContactLink).FILTER(url CONTAINS 'x').HAVING(COUNT() > 2, UTCDAYS(30))",
  'PROFILE(contact).FILTER(NOT(gendercode == 2) && birthdate <= DATEADD(year, -40, DATETIMEUTCNOW()) && DATEDIFF(day, createdon, DATETIMEUTCNOW()) == 0)',
  "PROFILE(contact).FILTER(TRAVERSE(interactions).FILTER(type == 'EmailClicked').HAVING(COUNT() >= 3, UTCWEEKS(2)) || creditlimit > 1000.50)",
  "PROFILE(lead).FILTER(leadqualitycode == 'Hot' && subject STARTSWITH 'It''s \\'new\\'').TRAVERSE(lead_contact_parentcontactid)",
];

const fragments = [
  'PROFILE',
  'SEGMENT',
  'INTERACTION',
  'TRAVERSE',
  'FILTER',
  'HAVING',
  'COUNT',
  'UNION',
  'EXCEPT',
  'INTERSECT',
  'NOT',
  'ISNULL',
  'ISNOTNULL',
  'CONTAINS',
  'STARTSWITH',
  'ENDSWITH',
  'DATEDIFF',
  'DATEADD',
  'DATE',
  'DATETIMEUTCNOW',
  'UTCDAYS',
  'UTCMONTHS',
  'contact',
  'account',
  'contact_1',
  'address1_city',
  'birthdate',
  'gendercode',
  'interests',
  'parentcustomerid',
  'contactid',
  'day',
  'month',
  '(',
  ')',
  '(',
  ')',
  ',',
  '.',
  '==',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  '&&',
  '||',
  '=',
  '+',
  '-',
  '*',
  '/',
  "'",
  "'Seattle'",
  "'",
  '"',
  '0',
  '1',
  '-7',
  '3.5',
  ' ',
  ' ',
  '\u00a0',
  '\u2003',
  '\n',
  '\r\n',
  '\t',
  '\u2028',
  'é',
  '😀',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ';',
  '#',
  '$',
];

/** Lines as the parser counts them, each as its code points. */
function lines(text: string): string[][] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => Array.from(line));
}

function expectWellFormed(text: string, result: ParseMqlResult | ReturnType<typeof parseMqlFetch>): void {
  if (result.ok) return;
  expect(result.problems.length, text).toBeGreaterThan(0);
  const textLines = lines(text);
  for (const problem of result.problems) {
    // A bug caught by parseMql's last resort would still be a crash in disguise.
    expect(problem.code, `${text}\n${problem.message}`).not.toBe('MQL_INTERNAL');
    expect(problem.message.length, text).toBeGreaterThan(0);
    expect(problem.line, text).toBeGreaterThanOrEqual(1);
    expect(problem.line, text).toBeLessThanOrEqual(textLines.length);
    expect(problem.column, text).toBeGreaterThanOrEqual(1);
    expect(problem.column, text).toBeLessThanOrEqual((textLines[problem.line - 1]?.length ?? 0) + 1);
  }
}

function parseSafely(text: string): ParseMqlResult {
  let result: ParseMqlResult | undefined;
  expect(() => {
    result = parseMql(text, schema);
  }, text).not.toThrow();
  // The FetchContactsByQuery reader shares the parser, with a paging tail: it must hold up as well.
  let fetched: ReturnType<typeof parseMqlFetch> | undefined;
  expect(() => {
    fetched = parseMqlFetch(`${text}.ORDERBY(fullname).TAKE(5)`, schema);
  }, text).not.toThrow();
  if (fetched && !fetched.ok) expectWellFormed(`${text}.ORDERBY(fullname).TAKE(5)`, fetched);
  return result as ParseMqlResult;
}

describe('the MQL parser under fuzzing', () => {
  it('reads every sample whole', () => {
    for (const text of samples) expect(parseSafely(text).ok, text).toBe(true);
  });

  it('never throws on any prefix of a sample, and places every problem inside the text', () => {
    let refused = 0;
    for (const sample of samples) {
      const chars = Array.from(sample);
      for (let end = 0; end < chars.length; end++) {
        const text = chars.slice(0, end).join('');
        const result = parseSafely(text);
        expectWellFormed(text, result);
        if (!result.ok) refused++;
      }
    }
    // Most prefixes cut a bracket or a string open; those must be refused, not read as something else.
    expect(refused).toBeGreaterThan(samples.reduce((n, s) => n + s.length, 0) * 0.8);
  });

  it('never throws on 3,000 random sequences of MQL fragments', () => {
    const next = random(13);
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(next() * 40);
      const text = Array.from({ length }, () => pick(next, fragments)).join(next() < 0.5 ? '' : ' ');
      expectWellFormed(text, parseSafely(text));
    }
  });

  it('never throws on 3,000 mutations of the samples (a character dropped, doubled or replaced)', () => {
    const next = random(7);
    for (let i = 0; i < 3000; i++) {
      const chars = Array.from(pick(next, samples));
      for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
        const at = Math.floor(next() * chars.length);
        const roll = next();
        if (roll < 0.33) chars.splice(at, 1);
        else if (roll < 0.66) chars.splice(at, 0, chars[at] ?? '(');
        else chars.splice(at, 1, pick(next, fragments));
      }
      const text = chars.join('');
      expectWellFormed(text, parseSafely(text));
    }
  });

  it('never throws on random characters of any kind, lone surrogates included', () => {
    const next = random(99);
    for (let i = 0; i < 1000; i++) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () =>
        String.fromCharCode(Math.floor(next() * (next() < 0.8 ? 128 : 0xffff))),
      ).join('');
      expectWellFormed(text, parseSafely(text));
    }
  });

  it('refuses brackets nested thousands deep with a problem instead of overflowing the stack', () => {
    for (const text of [
      '('.repeat(20000),
      `PROFILE(contact).FILTER(${'NOT('.repeat(5000)}ISNULL(firstname)${')'.repeat(5000)})`,
      `PROFILE(contact).FILTER(${'('.repeat(5000)}firstname == 'a'${')'.repeat(5000)})`,
      `PROFILE(contact).FILTER(age == ${'('.repeat(5000)}1${')'.repeat(5000)})`,
    ]) {
      const result = parseSafely(text);
      expect(result.ok).toBe(false);
      expectWellFormed(text, result);
    }
  });

  it('reads a very long query of many conditions without trouble', () => {
    const text = `PROFILE(contact).FILTER(${Array.from({ length: 2000 }, (_, i) => `address1_city == 'c${i}'`).join(' || ')})`;
    const result = parseSafely(text);
    expectWellFormed(text, result);
  });
});
