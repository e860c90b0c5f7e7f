import type { ConformanceCase } from '../conformance-case.ts';
import { contactIds, has } from '../member-filters.ts';
import { condition, contactsWhere } from '../query-json.ts';

const holds = (values: readonly string[] | null | undefined, value: string): boolean =>
  has(values) && values.includes(value);

/** Boolean, choice, multi-choice and lookup operators. */
export const choiceCases: readonly ConformanceCase[] = [
  // donotbulkemail, donotemail (boolean)
  {
    name: 'equals true on a boolean matches only contacts set to true',
    query: contactsWhere(condition('donotbulkemail', 'equals', [true])),
    expected: (d) => contactIds(d, (c) => c.donotbulkemail === true),
  },
  {
    name: 'equals false on a boolean does not match a missing value',
    query: contactsWhere(condition('donotbulkemail', 'equals', [false])),
    expected: (d) => contactIds(d, (c) => c.donotbulkemail === false),
  },
  {
    name: 'containsData on a boolean matches false as well as true',
    query: contactsWhere(condition('donotbulkemail', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.donotbulkemail)),
  },
  {
    name: 'notContainsData on a boolean matches contacts where it was never set',
    query: contactsWhere(condition('donotbulkemail', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.donotbulkemail)),
  },
  {
    name: 'equals true on another boolean reads that attribute alone',
    query: contactsWhere(condition('donotemail', 'equals', [true])),
    expected: (d) => contactIds(d, (c) => c.donotemail === true),
  },
  // gendercode, familystatuscode, preferredcontactmethodcode (choice)
  {
    name: 'equals on a choice matches its option',
    query: contactsWhere(condition('gendercode', 'equals', ['female'])),
    expected: (d) => contactIds(d, (c) => c.gendercode === 'female'),
  },
  {
    name: 'equals with several options matches any of them',
    query: contactsWhere(condition('gendercode', 'equals', ['female', 'nonbinary'])),
    expected: (d) => contactIds(d, (c) => c.gendercode === 'female' || c.gendercode === 'nonbinary'),
  },
  {
    name: 'notEquals on a choice does not match contacts without one',
    query: contactsWhere(condition('gendercode', 'notEquals', ['male'])),
    expected: (d) => contactIds(d, (c) => has(c.gendercode) && c.gendercode !== 'male'),
  },
  {
    name: 'notEquals with several options matches the remaining option only',
    query: contactsWhere(condition('gendercode', 'notEquals', ['male', 'female'])),
    expected: (d) => contactIds(d, (c) => has(c.gendercode) && !['male', 'female'].includes(c.gendercode)),
  },
  {
    name: 'containsData on a choice matches every contact with an option',
    query: contactsWhere(condition('gendercode', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.gendercode)),
  },
  {
    name: 'notContainsData on a choice matches contacts with no option',
    query: contactsWhere(condition('gendercode', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.gendercode)),
  },
  {
    name: 'equals married on the marital status matches married contacts',
    query: contactsWhere(condition('familystatuscode', 'equals', ['married'])),
    expected: (d) => contactIds(d, (c) => c.familystatuscode === 'married'),
  },
  {
    name: 'notEquals email on the preferred method matches the other methods only',
    query: contactsWhere(condition('preferredcontactmethodcode', 'notEquals', ['email'])),
    expected: (d) =>
      contactIds(d, (c) => has(c.preferredcontactmethodcode) && c.preferredcontactmethodcode !== 'email'),
  },
  // interests (multichoice)
  {
    name: 'containsAnyOf one interest matches every set holding it',
    query: contactsWhere(condition('interests', 'containsAnyOf', ['wine'])),
    expected: (d) => contactIds(d, (c) => holds(c.interests, 'wine')),
  },
  {
    name: 'containsAnyOf several interests matches a set holding any of them',
    query: contactsWhere(condition('interests', 'containsAnyOf', ['wine', 'craftbeer'])),
    expected: (d) => contactIds(d, (c) => holds(c.interests, 'wine') || holds(c.interests, 'craftbeer')),
  },
  {
    name: 'containsAllOf several interests needs every one of them',
    query: contactsWhere(condition('interests', 'containsAllOf', ['craftbeer', 'outdoors'])),
    expected: (d) => contactIds(d, (c) => holds(c.interests, 'craftbeer') && holds(c.interests, 'outdoors')),
  },
  {
    name: 'containsAllOf one interest is the same as containsAnyOf it',
    query: contactsWhere(condition('interests', 'containsAllOf', ['music'])),
    expected: (d) => contactIds(d, (c) => holds(c.interests, 'music')),
  },
  {
    name: 'notContainsAnyOf does not match contacts without interests',
    query: contactsWhere(condition('interests', 'notContainsAnyOf', ['wine'])),
    expected: (d) => contactIds(d, (c) => has(c.interests) && !c.interests.includes('wine')),
  },
  {
    name: 'notContainsAnyOf several interests matches sets holding none of them',
    query: contactsWhere(condition('interests', 'notContainsAnyOf', ['wine', 'craftbeer'])),
    expected: (d) =>
      contactIds(
        d,
        (c) => has(c.interests) && !c.interests.includes('wine') && !c.interests.includes('craftbeer'),
      ),
  },
  {
    name: 'equals on a multi-choice matches exactly that set, not a larger one',
    query: contactsWhere(condition('interests', 'equals', ['wine'])),
    expected: (d) =>
      contactIds(d, (c) => has(c.interests) && c.interests.length === 1 && c.interests[0] === 'wine'),
  },
  {
    name: 'equals on a multi-choice ignores the order the options are given in',
    query: contactsWhere(condition('interests', 'equals', ['wine', 'travel'])),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          has(c.interests) &&
          c.interests.length === 2 &&
          c.interests.includes('wine') &&
          c.interests.includes('travel'),
      ),
  },
  {
    name: 'containsData on a multi-choice matches contacts with at least one interest',
    query: contactsWhere(condition('interests', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.interests) && c.interests.length > 0),
  },
  {
    name: 'notContainsData on a multi-choice matches contacts with no interests',
    query: contactsWhere(condition('interests', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.interests) || c.interests.length === 0),
  },
  // parentcustomerid (lookup)
  {
    name: 'equals on a lookup matches contacts of that account',
    query: contactsWhere(condition('parentcustomerid', 'equals', ['a01'])),
    expected: (d) => contactIds(d, (c) => c.parentcustomerid === 'a01'),
  },
  {
    name: 'equals on a lookup with several ids matches contacts of any of them',
    query: contactsWhere(condition('parentcustomerid', 'equals', ['a01', 'a02'])),
    expected: (d) => contactIds(d, (c) => c.parentcustomerid === 'a01' || c.parentcustomerid === 'a02'),
  },
  {
    name: 'notEquals on a lookup does not match contacts without an account',
    query: contactsWhere(condition('parentcustomerid', 'notEquals', ['a01'])),
    expected: (d) => contactIds(d, (c) => has(c.parentcustomerid) && c.parentcustomerid !== 'a01'),
  },
  {
    name: 'notEquals on a lookup with several ids matches contacts of other accounts',
    query: contactsWhere(condition('parentcustomerid', 'notEquals', ['a01', 'a06', 'a03'])),
    expected: (d) =>
      contactIds(d, (c) => has(c.parentcustomerid) && !['a01', 'a06', 'a03'].includes(c.parentcustomerid)),
  },
  {
    name: 'containsData on a lookup matches contacts with an account',
    query: contactsWhere(condition('parentcustomerid', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.parentcustomerid)),
  },
  {
    name: 'notContainsData on a lookup matches contacts without an account',
    query: contactsWhere(condition('parentcustomerid', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.parentcustomerid)),
  },
];
