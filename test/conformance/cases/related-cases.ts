import type { ConformanceCase } from '../conformance-case.ts';
import { accountOf, contactIds, contactsOf, decimalIs, has, leadsOf, textIs } from '../member-filters.ts';
import { and, condition, contactsWhere, or, related } from '../query-json.ts';

/** Related conditions from a contact to its account and its leads, including nested ones. */
export const relatedCases: readonly ConformanceCase[] = [
  // contact → account (parentcustomerid, many-to-one)
  {
    name: 'a related condition on the account matches contacts of brewing companies',
    query: contactsWhere(related('parentcustomerid', and(condition('industrycode', 'equals', ['brewing'])))),
    expected: (d) => contactIds(d, (c) => accountOf(d, c)?.industrycode === 'brewing'),
  },
  {
    name: 'a related condition compares the number of employees of the account',
    query: contactsWhere(
      related('parentcustomerid', and(condition('numberofemployees', 'greaterThan', [100]))),
    ),
    expected: (d) => contactIds(d, (c) => (accountOf(d, c)?.numberofemployees ?? 0) > 100),
  },
  {
    name: 'a related condition compares the revenue of the account exactly',
    query: contactsWhere(
      related('parentcustomerid', and(condition('revenue', 'equals', [12345678901.2345]))),
    ),
    expected: (d) =>
      contactIds(d, (c) => decimalIs(accountOf(d, c)?.revenue, (cmp) => cmp('12345678901.2345') === 0)),
  },
  {
    name: 'a related condition on the account city ignores letter case',
    query: contactsWhere(
      related('parentcustomerid', and(condition('address1_city', 'equals', ['Atlantis']))),
    ),
    expected: (d) => contactIds(d, (c) => textIs(accountOf(d, c)?.address1_city, (v) => v === 'atlantis')),
  },
  {
    name: 'exactly 0 on the account matches contacts without an account',
    query: contactsWhere(
      related('parentcustomerid', undefined, { count: { operator: 'exactly', value: 0 } }),
    ),
    expected: (d) => contactIds(d, (c) => accountOf(d, c) === undefined),
  },
  {
    name: 'exactly 0 brewing accounts matches contacts of other companies and contacts with none',
    query: contactsWhere(
      related('parentcustomerid', and(condition('industrycode', 'equals', ['brewing'])), {
        count: { operator: 'exactly', value: 0 },
      }),
    ),
    expected: (d) => contactIds(d, (c) => accountOf(d, c)?.industrycode !== 'brewing'),
  },
  {
    name: 'notContainsData on the account industry matches contacts of an account without one',
    query: contactsWhere(related('parentcustomerid', and(condition('industrycode', 'notContainsData')))),
    expected: (d) =>
      contactIds(d, (c) => {
        const account = accountOf(d, c);
        return account !== undefined && !has(account.industrycode);
      }),
  },
  {
    name: 'notEquals on the account industry does not match an account without one',
    query: contactsWhere(
      related('parentcustomerid', and(condition('industrycode', 'notEquals', ['brewing']))),
    ),
    expected: (d) =>
      contactIds(d, (c) => {
        const industry = accountOf(d, c)?.industrycode;
        return has(industry) && industry !== 'brewing';
      }),
  },
  {
    name: 'an or group inside a related condition matches an account meeting either part',
    query: contactsWhere(
      related(
        'parentcustomerid',
        or(condition('industrycode', 'equals', ['retail']), condition('numberofemployees', 'lessThan', [20])),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) => {
        const account = accountOf(d, c);
        const employees = account?.numberofemployees;
        return account?.industrycode === 'retail' || (has(employees) && employees < 20);
      }),
  },
  {
    name: 'a related condition on primaryofaccounts matches primary contacts of preferred accounts',
    query: contactsWhere(
      related('primaryofaccounts', and(condition('accountcategorycode', 'equals', ['preferred']))),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        d.account.some((a) => a.primarycontactid === c.id && a.accountcategorycode === 'preferred'),
      ),
  },
  // contact → leads (one-to-many)
  {
    name: 'a related condition on leads matches contacts with a hot lead',
    query: contactsWhere(related('leads', and(condition('leadqualitycode', 'equals', ['hot'])))),
    expected: (d) => contactIds(d, (c) => leadsOf(d, c).some((l) => l.leadqualitycode === 'hot')),
  },
  {
    name: 'conditions in one related where must hold for the same lead',
    query: contactsWhere(
      related(
        'leads',
        and(
          condition('leadqualitycode', 'equals', ['hot']),
          condition('statecode', 'equals', ['disqualified']),
        ),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        leadsOf(d, c).some((l) => l.leadqualitycode === 'hot' && l.statecode === 'disqualified'),
      ),
  },
  {
    name: 'two related conditions on leads may be met by different leads',
    query: contactsWhere(
      related('leads', and(condition('leadqualitycode', 'equals', ['hot']))),
      related('leads', and(condition('statecode', 'equals', ['disqualified']))),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          leadsOf(d, c).some((l) => l.leadqualitycode === 'hot') &&
          leadsOf(d, c).some((l) => l.statecode === 'disqualified'),
      ),
  },
  {
    name: 'exactly 0 leads matches contacts who have no lead',
    query: contactsWhere(related('leads', undefined, { count: { operator: 'exactly', value: 0 } })),
    expected: (d) => contactIds(d, (c) => leadsOf(d, c).length === 0),
  },
  {
    name: 'atLeast 2 leads matches contacts with two leads or more',
    query: contactsWhere(related('leads', undefined, { count: { operator: 'atLeast', value: 2 } })),
    expected: (d) => contactIds(d, (c) => leadsOf(d, c).length >= 2),
  },
  {
    name: 'exactly 1 hot lead matches contacts with one hot lead and not those with none',
    query: contactsWhere(
      related('leads', and(condition('leadqualitycode', 'equals', ['hot'])), {
        count: { operator: 'exactly', value: 1 },
      }),
    ),
    expected: (d) =>
      contactIds(d, (c) => leadsOf(d, c).filter((l) => l.leadqualitycode === 'hot').length === 1),
  },
  {
    name: 'atMost 1 open lead counts contacts with no leads in Raleigh too',
    query: contactsWhere(
      condition('address1_city', 'equals', ['Raleigh']),
      related('leads', and(condition('statecode', 'equals', ['open'])), {
        count: { operator: 'atMost', value: 1 },
      }),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          textIs(c.address1_city, (v) => v === 'raleigh') &&
          leadsOf(d, c).filter((l) => l.statecode === 'open').length <= 1,
      ),
  },
  {
    name: 'a related condition compares the estimated value of leads as money',
    query: contactsWhere(related('leads', and(condition('estimatedvalue', 'greaterThan', [1000])))),
    expected: (d) =>
      contactIds(d, (c) => leadsOf(d, c).some((l) => decimalIs(l.estimatedvalue, (cmp) => cmp('1000') > 0))),
  },
  {
    name: 'a related condition on a lead subject uses text matching',
    query: contactsWhere(related('leads', and(condition('subject', 'contains', ['TOUR'])))),
    expected: (d) =>
      contactIds(d, (c) => leadsOf(d, c).some((l) => textIs(l.subject, (v) => v.includes('tour')))),
  },
  // nested: contact → account → contacts / leads
  {
    name: 'a nested related condition matches contacts of accounts with at least three contacts',
    query: contactsWhere(
      related(
        'parentcustomerid',
        and(related('contacts', undefined, { count: { operator: 'atLeast', value: 3 } })),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) => {
        const account = accountOf(d, c);
        return account !== undefined && contactsOf(d, account).length >= 3;
      }),
  },
  {
    name: 'a nested related condition matches contacts whose account has a hot lead',
    query: contactsWhere(
      related(
        'parentcustomerid',
        and(related('leads', and(condition('leadqualitycode', 'equals', ['hot'])))),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        d.lead.some(
          (l) =>
            has(c.parentcustomerid) &&
            l.parentaccountid === c.parentcustomerid &&
            l.leadqualitycode === 'hot',
        ),
      ),
  },
  {
    name: 'a nested related condition matches colleagues of a contact in Atlantis',
    query: contactsWhere(
      related(
        'parentcustomerid',
        and(related('contacts', and(condition('address1_city', 'equals', ['atlantis'])))),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) => {
        const account = accountOf(d, c);
        return (
          account !== undefined &&
          contactsOf(d, account).some((colleague) => textIs(colleague.address1_city, (v) => v === 'atlantis'))
        );
      }),
  },
];
