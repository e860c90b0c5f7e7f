import type { ConformanceCase } from '../conformance-case.ts';
import { contactIds, textIs } from '../member-filters.ts';
import { condition, contactsWhere } from '../query-json.ts';

/** String operators: case-insensitive, otherwise exact; `%`, `_` and `\` are literal; never true on null. */
export const textCases: readonly ConformanceCase[] = [
  {
    name: 'equals matches a city in any letter case, and does not trim a leading space',
    query: contactsWhere(condition('address1_city', 'equals', ['Atlantis'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, (v) => v === 'atlantis')),
  },
  {
    name: 'equals with a leading space matches only the city written with that space',
    query: contactsWhere(condition('address1_city', 'equals', [' atlantis'])),
    expected: (d) => contactIds(d, (c) => c.address1_city === ' Atlantis'),
  },
  {
    name: 'equals with several values matches a contact whose city is any of them',
    query: contactsWhere(condition('address1_city', 'equals', ['Atlantis', 'raleigh'])),
    expected: (d) =>
      contactIds(d, (c) => textIs(c.address1_city, (v) => v === 'atlantis' || v === 'raleigh')),
  },
  {
    name: 'notEquals does not match contacts with no city',
    query: contactsWhere(condition('address1_city', 'notEquals', ['Atlantis'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, (v) => v !== 'atlantis')),
  },
  {
    name: 'notEquals with several values matches contacts whose city is neither',
    query: contactsWhere(condition('address1_city', 'notEquals', ['atlantis', 'SAN FRANCISCO'])),
    expected: (d) =>
      contactIds(d, (c) => textIs(c.address1_city, (v) => v !== 'atlantis' && v !== 'san francisco')),
  },
  {
    name: 'contains finds text anywhere in the city whatever its case',
    query: contactsWhere(condition('address1_city', 'contains', ['LANTIS'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, (v) => v.includes('lantis'))),
  },
  {
    name: 'contains with several values matches a city containing any of them',
    query: contactsWhere(condition('address1_city', 'contains', ['lantis', 'DUR'])),
    expected: (d) =>
      contactIds(d, (c) => textIs(c.address1_city, (v) => v.includes('lantis') || v.includes('dur'))),
  },
  {
    name: 'notContains does not match contacts with no city',
    query: contactsWhere(condition('address1_city', 'notContains', ['an'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, (v) => !v.includes('an'))),
  },
  {
    name: 'notContains with several values matches cities that contain none of them',
    query: contactsWhere(condition('address1_city', 'notContains', ['an', 'E'])),
    expected: (d) =>
      contactIds(d, (c) => textIs(c.address1_city, (v) => !v.includes('an') && !v.includes('e'))),
  },
  {
    name: 'beginsWith matches the start of the city whatever its case, so not a city with a leading space',
    query: contactsWhere(condition('address1_city', 'beginsWith', ['atlantis'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, (v) => v.startsWith('atlantis'))),
  },
  {
    name: 'beginsWith with several values matches a city beginning with any of them',
    query: contactsWhere(condition('address1_city', 'beginsWith', ['san', 'RAL'])),
    expected: (d) =>
      contactIds(d, (c) => textIs(c.address1_city, (v) => v.startsWith('san') || v.startsWith('ral'))),
  },
  {
    name: 'notBeginsWith does not match contacts with no city',
    query: contactsWhere(condition('address1_city', 'notBeginsWith', ['Atlantis'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, (v) => !v.startsWith('atlantis'))),
  },
  {
    name: 'notBeginsWith with several values matches cities beginning with none of them',
    query: contactsWhere(condition('address1_city', 'notBeginsWith', ['s', 'A'])),
    expected: (d) =>
      contactIds(d, (c) => textIs(c.address1_city, (v) => !v.startsWith('s') && !v.startsWith('a'))),
  },
  {
    name: 'endsWith matches the end of the city whatever its case',
    query: contactsWhere(condition('address1_city', 'endsWith', ['ATLANTIS'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, (v) => v.endsWith('atlantis'))),
  },
  {
    name: 'endsWith with several values matches a city ending with any of them',
    query: contactsWhere(condition('address1_city', 'endsWith', ['lantis', 'CISCO'])),
    expected: (d) =>
      contactIds(d, (c) => textIs(c.address1_city, (v) => v.endsWith('lantis') || v.endsWith('cisco'))),
  },
  {
    name: 'notEndsWith does not match contacts with no city',
    query: contactsWhere(condition('address1_city', 'notEndsWith', ['O'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, (v) => !v.endsWith('o'))),
  },
  {
    name: 'notEndsWith with several values matches cities ending with none of them',
    query: contactsWhere(condition('address1_city', 'notEndsWith', ['atlantis', 'o'])),
    expected: (d) =>
      contactIds(d, (c) => textIs(c.address1_city, (v) => !v.endsWith('atlantis') && !v.endsWith('o'))),
  },
  {
    name: 'containsData matches every contact with a city',
    query: contactsWhere(condition('address1_city', 'containsData')),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_city, () => true)),
  },
  {
    name: 'notContainsData matches contacts whose city is null or absent',
    query: contactsWhere(condition('address1_city', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !textIs(c.address1_city, () => true)),
  },
  {
    name: 'containsData on the mobile phone matches the few contacts that have one',
    query: contactsWhere(condition('mobilephone', 'containsData')),
    expected: (d) => contactIds(d, (c) => textIs(c.mobilephone, () => true)),
  },
  {
    name: 'notContainsData on the email matches contacts without an email',
    query: contactsWhere(condition('emailaddress1', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !textIs(c.emailaddress1, () => true)),
  },
  {
    name: 'equals matches a last name with an apostrophe, whatever its case',
    query: contactsWhere(condition('lastname', 'equals', ["o'brien"])),
    expected: (d) => contactIds(d, (c) => textIs(c.lastname, (v) => v === "o'brien")),
  },
  {
    name: 'contains matches a job title with double quotes',
    query: contactsWhere(condition('jobtitle', 'contains', ['"boss"'])),
    expected: (d) => contactIds(d, (c) => textIs(c.jobtitle, (v) => v.includes('"boss"'))),
  },
  {
    name: 'contains treats % as a literal character, not as any run of characters',
    query: contactsWhere(condition('jobtitle', 'contains', ['100%'])),
    expected: (d) => contactIds(d, (c) => textIs(c.jobtitle, (v) => v.includes('100%'))),
  },
  {
    name: 'contains with % alone matches only text holding a percent sign',
    query: contactsWhere(condition('jobtitle', 'contains', ['%'])),
    expected: (d) => contactIds(d, (c) => textIs(c.jobtitle, (v) => v.includes('%'))),
  },
  {
    name: 'beginsWith treats _ as a literal character, not as any one character',
    query: contactsWhere(condition('jobtitle', 'beginsWith', ['vp_'])),
    expected: (d) => contactIds(d, (c) => textIs(c.jobtitle, (v) => v.startsWith('vp_'))),
  },
  {
    name: 'contains with _ alone matches only emails holding an underscore',
    query: contactsWhere(condition('emailaddress1', 'contains', ['_'])),
    expected: (d) => contactIds(d, (c) => textIs(c.emailaddress1, (v) => v.includes('_'))),
  },
  {
    name: 'beginsWith ann_ does not match an email beginning with anna',
    query: contactsWhere(condition('emailaddress1', 'beginsWith', ['ANN_'])),
    expected: (d) => contactIds(d, (c) => textIs(c.emailaddress1, (v) => v.startsWith('ann_'))),
  },
  {
    name: 'endsWith treats _ as literal at the end of a pattern too',
    query: contactsWhere(condition('jobtitle', 'endsWith', ['_sales'])),
    expected: (d) => contactIds(d, (c) => textIs(c.jobtitle, (v) => v.endsWith('_sales'))),
  },
  {
    name: 'contains treats a backslash as a literal character',
    query: contactsWhere(condition('address1_line1', 'contains', ['5\\b'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_line1, (v) => v.includes('5\\b'))),
  },
  {
    name: 'endsWith a backslash matches only text ending in one',
    query: contactsWhere(condition('address1_line1', 'endsWith', ['\\'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_line1, (v) => v.endsWith('\\'))),
  },
  {
    name: 'equals matches text ending in a backslash exactly',
    query: contactsWhere(condition('address1_line1', 'equals', ['dock 7\\'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_line1, (v) => v === 'dock 7\\')),
  },
  {
    name: 'notContains a backslash matches the streets without one',
    query: contactsWhere(condition('address1_line1', 'notContains', ['\\'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_line1, (v) => !v.includes('\\'))),
  },
  {
    name: 'equals on the full name matches first and last name joined by a space',
    query: contactsWhere(condition('fullname', 'equals', ['ann lee'])),
    expected: (d) => contactIds(d, (c) => c.firstname === 'Ann' && c.lastname === 'Lee'),
  },
  {
    name: 'beginsWith on the full name matches a first name of two words',
    query: contactsWhere(condition('fullname', 'beginsWith', ['MARY JANE'])),
    expected: (d) => contactIds(d, (c) => textIs(c.firstname, (v) => v === 'mary jane')),
  },
  {
    name: 'endsWith on the full name matches the last name in every letter case',
    query: contactsWhere(condition('fullname', 'endsWith', ['mcdonald'])),
    expected: (d) => contactIds(d, (c) => textIs(c.lastname, (v) => v === 'mcdonald')),
  },
  {
    name: 'equals matches McDonald, MCDONALD and mcdonald alike',
    query: contactsWhere(condition('lastname', 'equals', ['McDonald'])),
    expected: (d) => contactIds(d, (c) => textIs(c.lastname, (v) => v === 'mcdonald')),
  },
  {
    name: 'equals folds the case of an accented letter, so émile matches Émile',
    query: contactsWhere(condition('firstname', 'equals', ['émile'])),
    expected: (d) => contactIds(d, (c) => textIs(c.firstname, (v) => v === 'émile')),
  },
  {
    name: 'equals does not fold accents, so Emile matches neither Émile nor émile',
    query: contactsWhere(condition('firstname', 'equals', ['Emile'])),
    expected: (d) => contactIds(d, (c) => textIs(c.firstname, (v) => v === 'emile')),
  },
  {
    name: 'equals on the state matches NC and nc',
    query: contactsWhere(condition('address1_stateorprovince', 'equals', ['nc'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_stateorprovince, (v) => v === 'nc')),
  },
  {
    name: 'notEquals on the country matches other countries but not contacts without one',
    query: contactsWhere(condition('address1_country', 'notEquals', ['us'])),
    expected: (d) => contactIds(d, (c) => textIs(c.address1_country, (v) => v !== 'us')),
  },
  {
    name: 'endsWith on the email ignores the case of the domain',
    query: contactsWhere(condition('emailaddress1', 'endsWith', ['@EXAMPLE.COM'])),
    expected: (d) => contactIds(d, (c) => textIs(c.emailaddress1, (v) => v.endsWith('@example.com'))),
  },
];
