import { describe, expect, it } from 'vitest';
import { parseQuery, type Query } from '../definition/index.ts';
import { Schema } from '../schema/index.ts';
import { parseMql, printMql } from './index.ts';

const schema = Schema.builtin();

function tree(json: unknown): Query {
  const parsed = parseQuery(json);
  if (!parsed.ok) return expect.fail(JSON.stringify(parsed.problems));
  return parsed.value;
}

const cond = (attribute: string, operator: string, values?: unknown[], unit?: string) => ({
  kind: 'condition',
  attribute,
  operator,
  ...(values ? { values } : {}),
  ...(unit ? { unit } : {}),
});

describe('printMql', () => {
  it('prints a block as PROFILE, FILTER and TRAVERSE with Dataverse relationship names', () => {
    const query = tree({
      blocks: [
        {
          entity: 'account',
          where: { kind: 'group', op: 'and', children: [cond('name', 'beginsWith', ['Con'])] },
          traverse: [
            {
              relationship: 'contacts',
              where: { kind: 'group', op: 'or', children: [cond('emailaddress1', 'containsData')] },
            },
          ],
        },
      ],
    });
    expect(printMql(query, schema)).toBe(
      "PROFILE(account).FILTER(name STARTSWITH 'Con').TRAVERSE(contact_account_parentcustomerid).FILTER(ISNOTNULL(emailaddress1))",
    );
  });

  it("prints a count of one interaction type as MQL's own INTERACTION … HAVING", () => {
    const query = tree({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              {
                kind: 'related',
                relationship: 'interactions',
                where: {
                  kind: 'group',
                  op: 'and',
                  children: [cond('type', 'equals', ['EmailClicked']), cond('url', 'contains', ['sale'])],
                },
                count: { operator: 'atLeast', value: 3 },
                window: { attribute: 'occurredon', last: 30, unit: 'days' },
              },
            ],
          },
        },
      ],
    });
    expect(printMql(query, schema)).toBe(
      "INTERACTION(EmailClicked, EmailClicked_ContactLink).FILTER(url CONTAINS 'sale').HAVING(COUNT() > 2, UTCDAYS(30))",
    );
  });

  it('prints the complement of a NOT group so that contacts without the value stay in it', () => {
    const query = tree({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            not: true,
            children: [cond('address1_city', 'equals', ['Paris'])],
          },
        },
      ],
    });
    const mql = printMql(query, schema);
    expect(mql).toBe("PROFILE(contact).FILTER(ISNULL(address1_city) || NOT(address1_city == 'Paris'))");
    const back = parseMql(mql, schema);
    expect(back.ok && back.query.blocks[0]).toEqual({
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'or',
        children: [cond('address1_city', 'notContainsData'), cond('address1_city', 'notEquals', ['Paris'])],
      },
    });
  });

  it('prints segments by name when told their names, a GUID as a Dynamics id otherwise', () => {
    const query = tree({
      blocks: [{ segment: 'seg_1' }, { combine: 'exclude', segment: '0f8fad5b-d9cb-469f-a165-70867728950e' }],
    });
    expect(
      printMql(query, schema, { segmentName: (id) => (id === 'seg_1' ? 'Wine lovers' : undefined) }),
    ).toBe("SEGMENT('Wine lovers')\nEXCEPT\nSEGMENT(SEGMENT_CRM_ID_0f8fad5bd9cb469fa16570867728950e)");
  });

  it('prints relative and calendar dates with DATEADD and DATEDIFF, and anniversaries with DAYSTOANNIVERSARY', () => {
    const query = tree({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'or',
            children: [
              cond('createdon', 'inNext', [2], 'weeks'),
              cond('createdon', 'thisMonth'),
              cond('birthdate', 'anniversaryInNext', [7]),
            ],
          },
        },
      ],
    });
    const mql = printMql(query, schema);
    expect(mql).toBe(
      'PROFILE(contact).FILTER((createdon >= DATETIMEUTCNOW() && createdon < DATEADD(week, 2, DATETIMEUTCNOW())) || DATEDIFF(month, createdon, DATETIMEUTCNOW()) == 0 || DAYSTOANNIVERSARY(birthdate) < 7)',
    );
    const back = parseMql(mql, schema);
    expect(back.ok && back.query.blocks[0]).toEqual({
      entity: 'contact',
      where:
        query.blocks[0] && 'where' in query.blocks[0]
          ? {
              kind: 'group',
              op: 'or',
              children: [
                cond('createdon', 'inNext', [2], 'weeks'),
                cond('createdon', 'thisMonth'),
                cond('birthdate', 'anniversaryInNext', [7]),
              ],
            }
          : undefined,
    });
  });
});
