import { describe, expect, it } from 'vitest';
import { Schema } from '../schema/index.ts';
import { parseMql, type MqlProblem, type QueryJson } from './index.ts';

const schema = Schema.builtin();

function read(mql: string, resolve?: (name: string) => string | undefined): QueryJson {
  const result = parseMql(
    mql,
    schema,
    resolve ? { resolveSegment: (ref) => ('name' in ref ? resolve(ref.name) : undefined) } : {},
  );
  if (!result.ok) return expect.fail(`refused: ${JSON.stringify(result.problems, null, 2)}`);
  return result.query;
}

function refuse(mql: string): readonly MqlProblem[] {
  const result = parseMql(mql, schema);
  if (result.ok) return expect.fail(`accepted: ${JSON.stringify(result.query)}`);
  return result.problems;
}

/** The where of the first block of a contact query. */
const whereOf = (mql: string) => {
  const block = read(mql).blocks[0];
  return block && 'where' in block ? block.where : undefined;
};

const and = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });
const or = (...children: unknown[]) => ({ kind: 'group', op: 'or', children });
const cond = (attribute: string, operator: string, values?: unknown[], unit?: string) => ({
  kind: 'condition',
  attribute,
  operator,
  ...(values ? { values } : {}),
  ...(unit ? { unit } : {}),
});

describe('parseMql', () => {
  it('matches names without regard to case and reads any Unicode space, non-breaking ones included', () => {
    expect(read("profile(CONTACT).Filter(Address1_City\u00a0==\u2003'Seattle')\u3000")).toEqual({
      blocks: [{ entity: 'contact', where: and(cond('address1_city', 'equals', ['Seattle'])) }],
    });
  });

  it('reads a choice by its Dataverse integer value, its label or its option value', () => {
    for (const value of ['2', "'Female'", "'female'", "'FEMALE'"]) {
      expect(whereOf(`PROFILE(contact).FILTER(gendercode == ${value})`)).toEqual(
        and(cond('gendercode', 'equals', ['female'])),
      );
    }
  });

  it('refuses an option a choice does not have, listing the options', () => {
    const [problem] = refuse('PROFILE(contact).FILTER(gendercode == 7)');
    expect(problem).toMatchObject({ code: 'MQL_UNKNOWN_OPTION', line: 1, column: 39 });
    expect(problem?.message).toMatch(/'Female' \(2\)/);
  });

  it("reads a yes/no attribute by true/false, 1/0 or Dynamics' own labels", () => {
    for (const value of ['true', '1', "'Do Not Allow'"]) {
      expect(whereOf(`PROFILE(contact).FILTER(donotbulkemail == ${value})`)).toEqual(
        and(cond('donotbulkemail', 'equals', [true])),
      );
    }
    expect(whereOf("PROFILE(contact).FILTER(donotbulkemail != 'allow')")).toEqual(
      and(cond('donotbulkemail', 'equals', [true])),
    );
  });

  it("follows a relationship by Dataverse's schema name as well as the segment-query name", () => {
    for (const name of ['contact_customer_accounts', 'CONTACT_ACCOUNT_PARENTCUSTOMERID', 'contacts']) {
      expect(read(`PROFILE(account).TRAVERSE(${name})`)).toEqual({
        blocks: [{ entity: 'account', traverse: [{ relationship: 'contacts' }] }],
      });
    }
  });

  it('compares a lookup with a quoted id, braces and all', () => {
    expect(whereOf("PROFILE(contact).FILTER(parentcustomerid == '{a01}')")).toEqual(
      and(cond('parentcustomerid', 'equals', ['a01'])),
    );
  });

  it('reads text with quotes escaped by doubling or a backslash', () => {
    expect(whereOf("PROFILE(contact).FILTER(lastname == 'O''Neil' || lastname == 'D\\'Arcy')")).toEqual(
      or(cond('lastname', 'equals', ["O'Neil"]), cond('lastname', 'equals', ["D'Arcy"])),
    );
  });

  it('reads CONTAINS, STARTSWITH and ENDSWITH on text, and CONTAINS on several choices', () => {
    expect(
      whereOf(
        "PROFILE(contact).FILTER(emailaddress1 ENDSWITH '@contoso.com' && firstname STARTSWITH 'an' && interests CONTAINS 'Wine')",
      ),
    ).toEqual(
      and(
        cond('emailaddress1', 'endsWith', ['@contoso.com']),
        cond('firstname', 'beginsWith', ['an']),
        cond('interests', 'containsAnyOf', ['wine']),
      ),
    );
  });

  it("reads NOT as MQL does: NOT(x == 'a') skips records without x, and NOT of && turns into ||", () => {
    expect(whereOf("PROFILE(contact).FILTER(NOT(address1_city == 'Paris' && numberofchildren > 2))")).toEqual(
      or(cond('address1_city', 'notEquals', ['Paris']), cond('numberofchildren', 'lessOrEqual', [2])),
    );
    expect(whereOf('PROFILE(contact).FILTER(NOT(ISNULL(emailaddress1)))')).toEqual(
      and(cond('emailaddress1', 'containsData')),
    );
  });

  it('reads dates: fixed days, DATE(…), sliding periods by DATEADD and calendar periods by DATEDIFF', () => {
    expect(
      whereOf(
        "PROFILE(contact).FILTER(birthdate >= DATE(1980, 1, 1) && anniversary < '2000-01-01' && createdon > DATEADD(day, -30, DATETIMEUTCNOW()) && createdon <= DATETIMEUTCNOW() && modifiedon <= DATEADD(month, -6, DATETIMEUTCNOW()))",
      ),
    ).toEqual(
      and(
        cond('birthdate', 'onOrAfter', ['1980-01-01']),
        cond('anniversary', 'before', ['2000-01-01']),
        cond('createdon', 'inLast', [30], 'days'),
        cond('modifiedon', 'olderThan', [6], 'months'),
      ),
    );
    expect(
      whereOf(
        'PROFILE(contact).FILTER(DATEDIFF(day, createdon, DATETIMEUTCNOW()) == 0 || DATEDIFF(month, birthdate, DATETIMEUTCNOW()) == 1 || DATEDIFF(year, birthdate, DATETIMEUTCNOW()) >= 40)',
      ),
    ).toEqual(
      or(
        cond('createdon', 'today'),
        cond('birthdate', 'lastMonth'),
        cond('birthdate', 'olderThan', [40], 'years'),
      ),
    );
  });

  it('refuses a relative date it cannot state exactly, showing the forms it reads', () => {
    const [problem] = refuse('PROFILE(contact).FILTER(createdon < DATEADD(day, -30, DATETIMEUTCNOW()))');
    expect(problem).toMatchObject({ code: 'MQL_NOT_EXPRESSIBLE', line: 1, column: 35 });
    expect(problem?.message).toMatch(
      /createdon <= DATEADD\(day, -30, DATETIMEUTCNOW\(\)\) \(older than 30 days\)/,
    );
  });

  it('follows relationships by Segmint name or Dataverse name, and moves an id test to the records that point at it', () => {
    expect(
      read("PROFILE(account).FILTER(accountid == 'a01' && name == 'Contoso').TRAVERSE(contacts)"),
    ).toEqual({
      blocks: [
        {
          entity: 'account',
          where: and(cond('name', 'equals', ['Contoso'])),
          traverse: [{ relationship: 'contacts', where: and(cond('parentcustomerid', 'equals', ['a01'])) }],
        },
      ],
    });
    expect(read('PROFILE(lead).TRAVERSE(lead_contact_parentcontactid)')).toEqual({
      blocks: [{ entity: 'lead', traverse: [{ relationship: 'parentcontactid' }] }],
    });
  });

  it("moves a contact's own id, after a TRAVERSE along a lead's lookup, to that lookup", () => {
    expect(
      read("PROFILE(lead).TRAVERSE(lead_contact_parentcontactid, c).FILTER(c.contactid == 'c01')"),
    ).toEqual({
      blocks: [
        {
          entity: 'lead',
          where: and(cond('parentcontactid', 'equals', ['c01'])),
          traverse: [{ relationship: 'parentcontactid' }],
        },
      ],
    });
    expect(refuse("PROFILE(contact).FILTER(contactid == 'c01')")[0]).toMatchObject({
      code: 'MQL_NOT_EXPRESSIBLE',
      line: 1,
      column: 25,
    });
  });

  it('reads text that runs over several lines, and refuses text left open', () => {
    expect(whereOf("PROFILE(contact).FILTER(address1_line1 == '1 Main St\nSuite 2')")).toEqual(
      and(cond('address1_line1', 'equals', ['1 Main St\nSuite 2'])),
    );
    expect(refuse("PROFILE(contact).FILTER(firstname == 'Ann)")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'MQL_UNTERMINATED_STRING', line: 1, column: 38 }),
      ]),
    );
  });

  it('refuses a chain that ends elsewhere than on contacts, saying how to reach them', () => {
    const [problem] = refuse(
      "PROFILE(contact).TRAVERSE(contact_account_parentcustomerid).FILTER(name == 'X')",
    );
    expect(problem).toMatchObject({ code: 'MQL_NOT_CONTACTS', line: 1, column: 27 });
    expect(problem?.message).toMatch(/add \.TRAVERSE\(contact_account_parentcustomerid\)/);
  });

  it('refuses a FILTER that reads another step through its alias', () => {
    const [problem] = refuse("PROFILE(account, a).TRAVERSE(contacts, c).FILTER(a.name == 'Contoso')");
    expect(problem).toMatchObject({ code: 'MQL_NOT_EXPRESSIBLE', line: 1, column: 50 });
  });

  it('reads HAVING counts as at least, at most, exactly, and != as either side', () => {
    const count = (having: string) => {
      const where = whereOf(`INTERACTION(EmailOpened, EmailOpened_ContactLink).HAVING(${having})`);
      return where?.children.map((c) => ('count' in c ? c.count : undefined));
    };
    expect(count('COUNT() > 2')).toEqual([{ operator: 'atLeast', value: 3 }]);
    expect(count('COUNT() >= 2')).toEqual([{ operator: 'atLeast', value: 2 }]);
    expect(count('COUNT() == 0')).toEqual([{ operator: 'exactly', value: 0 }]);
    expect(count('COUNT() < 2')).toEqual([{ operator: 'atMost', value: 1 }]);
    expect(count('COUNT() <= 2')).toEqual([{ operator: 'atMost', value: 2 }]);
    expect(count('COUNT() != 2')).toEqual([
      { operator: 'atMost', value: 1 },
      { operator: 'atLeast', value: 3 },
    ]);
  });

  it('refuses interactions linked to leads, unknown interaction types and sums', () => {
    const problems = refuse('INTERACTION(EmailOpend, EmailOpenedLeadLink).HAVING(SUM(value) > 3)');
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ['MQL_UNKNOWN_INTERACTION', 13],
      ['MQL_UNKNOWN_INTERACTION', 25],
      ['MQL_NOT_EXPRESSIBLE', 53],
    ]);
  });

  it('combines left to right, unfolding brackets where the order allows it', () => {
    const segments = (mql: string) => read(mql, (name) => `seg_${name}`).blocks;
    expect(segments('SEGMENT(a) MINUS (SEGMENT(b) UNION SEGMENT(c))')).toEqual([
      { segment: 'seg_a' },
      { combine: 'exclude', segment: 'seg_b' },
      { combine: 'exclude', segment: 'seg_c' },
    ]);
    expect(segments('SEGMENT(a) INTERSECT (SEGMENT(b) UNION SEGMENT(c))')).toEqual([
      { segment: 'seg_b' },
      { combine: 'union', segment: 'seg_c' },
      { combine: 'intersect', segment: 'seg_a' },
    ]);
    const [problem] = refuse('SEGMENT(a) EXCEPT (SEGMENT(b) INTERSECT SEGMENT(c))');
    expect(problem).toMatchObject({ code: 'MQL_NOT_EXPRESSIBLE', line: 1, column: 12 });
  });

  it('refuses a segment the resolver does not know, by name', () => {
    const result = parseMql("SEGMENT('Newsletter fans')", schema, { resolveSegment: () => undefined });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'MQL_UNKNOWN_SEGMENT', line: 1, column: 9 }],
    });
  });

  it('reports every problem at once, each at its line and column', () => {
    const problems = refuse(
      "PROFILE(contact)\n  .FILTER(citty == 'X' &&\n    numberofchildren == 'two' && donotemail > 1)",
    );
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['MQL_UNKNOWN_ATTRIBUTE', 2, 11],
      ['MQL_WRONG_VALUE', 3, 25],
      ['MQL_NOT_EXPRESSIBLE', 3, 45],
    ]);
    expect(problems[0]?.message).toMatch(/has no attribute "citty"/);
  });

  it('refuses ORDERBY, SKIP and TAKE, which page members rather than select them', () => {
    const [problem] = refuse('SEGMENT(a).ORDERBY(fullname ASC).SKIP(0).TAKE(15)');
    expect(problem).toMatchObject({ code: 'MQL_NOT_EXPRESSIBLE', line: 1, column: 12 });
  });

  it('refuses = for ==, and text in double quotes', () => {
    expect(refuse("PROFILE(contact).FILTER(firstname = 'Ann')")[0]).toMatchObject({ line: 1, column: 35 });
    expect(refuse('PROFILE(contact).FILTER(firstname == "Ann")')[0]).toMatchObject({
      code: 'MQL_UNEXPECTED_CHARACTER',
      column: 38,
    });
  });

  it('refuses an empty query', () => {
    expect(refuse(' \n ')).toEqual([expect.objectContaining({ code: 'MQL_EMPTY' })]);
  });
});
