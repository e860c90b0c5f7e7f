import type { Contact } from './fixture-types.ts';
import { person } from './fixture-person.ts';

/**
 * Contacts in Atlantis, written every way a user might: the letter-case and spacing cases, and the
 * clock's edge cases (a birthday today, created at midnight in Los Angeles, exactly now…). The clock
 * stands at 2026-03-10T17:00:00Z, a Tuesday: 10:00 in Los Angeles, two days after its clocks went
 * forward on 2026-03-08.
 */
export const atlantisContacts: readonly Contact[] = [
  // City in canonical case; '_' in the email; 40 years old today; anniversary today; created 03:00 UTC
  // today, which is still yesterday evening in Los Angeles.
  person('c01', 'Ann', 'Lee', {
    jobtitle: 'Owner',
    emailaddress1: 'ann_lee@example.com',
    telephone1: '+1 415 555 0101',
    mobilephone: '+1 415 555 9101',
    address1_line1: '1 Ocean Way',
    address1_city: 'Atlantis',
    address1_stateorprovince: 'CA',
    address1_postalcode: '94101',
    address1_country: 'US',
    birthdate: '1986-03-10',
    anniversary: '2026-03-10',
    gendercode: 'female',
    familystatuscode: 'married',
    preferredcontactmethodcode: 'email',
    interests: ['travel', 'wine'],
    donotbulkemail: false,
    donotemail: false,
    creditlimit: '1999.99',
    annualincome: '85000',
    numberofchildren: 2,
    parentcustomerid: 'a01',
    createdon: '2026-03-10T03:00:00.000Z',
    modifiedon: '2026-03-10T16:30:00.000Z',
    new_loyaltyscore: '87.5',
  }),
  // Lower-case city; an email that `ann_` matches only if '_' were a wildcard; 40 tomorrow.
  person('c02', 'Bruce', 'Wayne', {
    jobtitle: 'CEO',
    emailaddress1: 'annalee@example.com',
    telephone1: '+1 919 555 0102',
    address1_city: 'atlantis',
    address1_stateorprovince: 'ca',
    address1_country: 'United States',
    birthdate: '1986-03-11',
    anniversary: '2026-03-09',
    gendercode: 'male',
    familystatuscode: 'single',
    preferredcontactmethodcode: 'phone',
    interests: ['craftbeer'],
    donotbulkemail: true,
    donotemail: false,
    creditlimit: '2000',
    annualincome: '120000.5',
    numberofchildren: 0,
    parentcustomerid: 'a04',
    createdon: '2026-03-10T07:00:00.000Z', // midnight in Los Angeles, exactly
    new_loyaltyscore: '0.3',
  }),
  person('c03', 'Clark', 'Kent', {
    emailaddress1: 'clark.kent@dailyplanet.example',
    address1_city: 'ATLANTIS',
    address1_country: 'us',
    birthdate: '1990-03-09',
    anniversary: '2026-03-11',
    gendercode: 'male',
    preferredcontactmethodcode: 'email',
    interests: ['music', 'outdoors', 'wine'],
    donotbulkemail: false,
    creditlimit: '0.1',
    numberofchildren: 1,
    parentcustomerid: 'a04',
    createdon: '2026-03-10T06:59:59.999Z', // the last instant of March 9 in Los Angeles
    new_loyaltyscore: '0.1',
  }),
  // A city with a leading space: `equals Atlantis` must not trim it.
  person('c04', 'Diana', 'Prince', {
    emailaddress1: 'diana@themyscira.example',
    address1_city: ' Atlantis',
    birthdate: '1975-03-16',
    anniversary: '2026-03-15',
    gendercode: 'female',
    interests: ['art', 'fashion'],
    donotbulkemail: true,
    donotemail: true,
    creditlimit: '0.2',
    parentcustomerid: 'a03',
    createdon: '2026-03-10T16:59:59.999Z',
    new_loyaltyscore: '-1.25',
  }),
  person('c05', 'Peter', 'Parker', {
    emailaddress1: 'peter.parker@example.com',
    address1_city: 'Atlantis',
    birthdate: '1980-03-17',
    anniversary: '2026-03-16',
    gendercode: 'male',
    interests: ['technology'],
    donotbulkemail: false,
    creditlimit: '0.3',
    numberofchildren: 0,
    parentcustomerid: 'a02',
    createdon: '2026-03-10T17:00:00.000Z', // exactly now
    new_loyaltyscore: '100',
  }),
  // Born on February 29.
  person('c06', 'Selina', 'Kyle', {
    address1_city: 'Atlantis Beach',
    birthdate: '1992-02-29',
    anniversary: '2026-03-08',
    gendercode: 'female',
    interests: ['fashion'],
    creditlimit: '0',
    createdon: '2026-03-10T23:30:00.000Z',
    new_loyaltyscore: '99.9999',
  }),
  person('c07', 'Arthur', 'Curry', {
    address1_city: 'New Atlantis',
    birthdate: '1970-02-28',
    anniversary: '2026-03-02',
    gendercode: 'male',
    interests: ['outdoors', 'sports'],
    creditlimit: '-50.5',
    numberofchildren: 3,
    parentcustomerid: 'a07',
    createdon: '2026-03-11T06:30:00.000Z', // tomorrow in UTC, 23:30 today in Los Angeles
    new_loyaltyscore: '0',
  }),
];
