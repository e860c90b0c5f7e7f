import type { Contact } from './fixture-types.ts';
import { person } from './fixture-person.ts';

/**
 * Contacts for quoting, escaping and letter case, the contacts whose interactions and leads tell the
 * behavioural stories, and contacts that hold next to nothing (missing values both null and absent).
 */
export const edgeContacts: readonly Contact[] = [
  person('c21', 'Conan', "O'Brien", {
    jobtitle: 'Host',
    emailaddress1: 'conan.obrien@example.com',
    address1_city: 'Boston',
    birthdate: '2008-03-10', // 18 today
    anniversary: '2026-02-24', // one day before "the last 2 weeks"
    gendercode: 'male',
    familystatuscode: 'married',
    interests: ['wine'],
    donotbulkemail: true,
    parentcustomerid: 'a05',
    createdon: '2026-03-10T15:45:00.000Z',
  }),
  person('c22', 'Ronald', 'McDonald', {
    jobtitle: 'Chief Happiness Officer',
    birthdate: '2008-03-11', // 18 tomorrow
    anniversary: '2026-02-25', // the first day of "the last 2 weeks"
    interests: ['gardening'],
    numberofchildren: 5,
    createdon: '2026-03-10T16:00:00.000Z', // exactly one hour ago
  }),
  person('c23', 'Farmer', 'MCDONALD', {
    jobtitle: 'farmer',
    birthdate: '1955-01-01',
    anniversary: '2025-03-11', // the first day of "the last 1 year"
    createdon: '2026-03-09T17:00:00.000Z', // exactly one day ago
  }),
  person('c24', 'Ian', 'mcdonald', {
    birthdate: '1991-03-15',
    anniversary: '2025-03-10', // one day before "the last 1 year"
    createdon: '2026-03-09T17:00:00.001Z',
  }),
  person('c25', 'Émile', 'Zola', {
    jobtitle: 'Writer',
    emailaddress1: 'emile@zola.example',
    address1_city: 'Paris',
    address1_country: 'France',
    anniversary: '2026-02-11', // the first day of "the last 1 month"
    gendercode: 'male',
    numberofchildren: 2,
    createdon: '2025-03-10T17:00:00.000Z', // exactly one year ago
  }),
  person('c26', 'émile', 'Dupont', {
    address1_city: 'Paris',
    address1_country: 'France',
    anniversary: '2026-02-10', // one day before "the last 1 month"
    createdon: '2026-03-02T08:00:00.000Z', // Monday 00:00 in Los Angeles
  }),
  person('c27', 'Emile', 'Berliner', {
    jobtitle: 'Growth 100% Lead',
    anniversary: '2026-04-09', // the last day of "the next 1 month"
    createdon: '2026-03-02T07:59:59.999Z', // Monday in UTC, Sunday 23:59 in Los Angeles
  }),
  person('c28', 'Grace', 'Hopper', {
    jobtitle: 'Growth 1000x Lead',
    anniversary: '2026-04-10', // one day after "the next 1 month"
    gendercode: 'female',
    createdon: '2026-03-11T04:59:59.999Z',
  }),
  person('c29', 'Ada', 'Lovelace', {
    jobtitle: 'VP_Sales',
    anniversary: '2025-12-11', // the first day of "the last 3 months"
    gendercode: 'female',
    createdon: '2026-03-11T05:00:00.000Z', // exactly 12 hours from now
  }),
  person('c30', 'Alan', 'Turing', {
    jobtitle: 'VPxSales',
    birthdate: '2004-02-29',
    anniversary: '2025-12-10', // one day before "the last 3 months"
    gendercode: 'male',
    numberofchildren: 0,
    createdon: '2026-03-12T16:59:59.999Z',
  }),
  person('c31', 'Linus', 'Torvalds', {
    jobtitle: 'The "Boss"',
    createdon: '2026-03-12T17:00:00.000Z', // exactly two days from now
  }),
  person('c32', 'Margaret', 'Hamilton', {
    address1_line1: 'Suite 5\\B',
    createdon: '2026-04-10T16:59:59.999Z',
  }),
  person('c33', 'Katherine', 'Johnson', {
    address1_line1: 'Suite 5B',
    createdon: '2026-02-10T17:30:00.000Z', // inside the last month in UTC, outside in Los Angeles
  }),
  person('c34', 'Dorothy', 'Vaughan', {
    address1_line1: 'Dock 7\\',
    createdon: '2026-03-16T06:30:00.000Z', // next Monday in UTC, this Sunday in Los Angeles
  }),
  person('c35', 'Mary', 'Jackson', {
    address1_line1: 'Dock 7',
    createdon: '2026-03-11T07:00:00.000Z', // midnight starting tomorrow in Los Angeles
  }),
  // Contacts whose interactions and leads tell the behavioural stories.
  person('c36', 'Nina', 'Simone', {
    emailaddress1: 'nina@example.com',
    telephone1: '+1 919 555 0136',
    address1_city: 'Raleigh',
    address1_stateorprovince: 'NC',
    gendercode: 'female',
    preferredcontactmethodcode: 'email',
    interests: ['craftbeer', 'outdoors', 'wine'],
    donotbulkemail: false,
    creditlimit: '500',
    annualincome: '99999.9999',
    numberofchildren: 1,
    parentcustomerid: 'a01',
    new_loyaltyscore: '12.25',
  }),
  person('c37', 'Miles', 'Davis', {
    emailaddress1: 'miles@example.com',
    address1_city: 'Atlantis',
    gendercode: 'male',
    interests: ['wine'],
    donotbulkemail: false,
    creditlimit: '2500.5',
    parentcustomerid: 'a07',
    new_loyaltyscore: '87.5',
  }),
  person('c38', 'John', 'Coltrane', { gendercode: 'male' }),
  person('c39', 'Ella', 'Fitzgerald', { gendercode: 'female' }),
  person('c40', 'Billie', 'Holiday', { donotbulkemail: true }),
  person('c41', 'Louis', 'Armstrong', { address1_city: 'San Diego', donotemail: true }),
  person('c42', 'Duke', 'Ellington'),
  person('c43', 'Count', 'Basie'),
  // A first name only, and a last name only.
  person('c44', 'Prince', null),
  person('c45', null, 'Madonna'),
  // Contacts that hold next to nothing, with missing values both absent and null.
  { id: 'c46', emailaddress1: 'nobody@example.net' },
  {
    id: 'c47',
    firstname: null,
    lastname: null,
    address1_city: null,
    birthdate: null,
    gendercode: null,
    interests: null,
    donotbulkemail: null,
    creditlimit: null,
    numberofchildren: null,
    parentcustomerid: null,
    createdon: null,
    new_loyaltyscore: null,
  },
  { id: 'c48' },
  { id: 'c49', mobilephone: '+44 20 7946 0958' },
  { id: 'c50', createdon: '2026-03-16T07:00:00.000Z' }, // next Monday 00:00 in Los Angeles
];
