import { Weighted } from './random.ts';

/** A city contacts and accounts live in, with its state or province and country. */
export interface Place {
  readonly city: string;
  readonly state: string;
  readonly country: string;
  readonly postalPrefix: string;
}

const us = (city: string, state: string, postalPrefix: string): Place => ({
  city,
  state,
  country: 'United States',
  postalPrefix,
});

/**
 * Cities by how many contacts live there: a long tail of US metros, some North Carolina cities (the
 * seed's craft beer example), a few abroad, and Atlantis, which almost nobody lives in.
 */
export const places = new Weighted<Place>([
  [us('New York', 'NY', '100'), 90],
  [us('Los Angeles', 'CA', '900'), 60],
  [us('Chicago', 'IL', '606'), 45],
  [us('Houston', 'TX', '770'), 35],
  [us('San Francisco', 'CA', '941'), 40],
  [us('Seattle', 'WA', '981'), 28],
  [us('Boston', 'MA', '021'), 26],
  [us('Austin', 'TX', '787'), 22],
  [us('Denver', 'CO', '802'), 20],
  [us('Atlanta', 'GA', '303'), 22],
  [us('Miami', 'FL', '331'), 20],
  [us('Portland', 'OR', '972'), 16],
  [us('San Diego', 'CA', '921'), 18],
  [us('Phoenix', 'AZ', '850'), 18],
  [us('Minneapolis', 'MN', '554'), 12],
  [us('Nashville', 'TN', '372'), 12],
  [us('Raleigh', 'NC', '276'), 14],
  [us('Charlotte', 'NC', '282'), 14],
  [us('Durham', 'NC', '277'), 8],
  [us('Asheville', 'NC', '288'), 5],
  [us('Wilmington', 'NC', '284'), 3],
  [us('Napa', 'CA', '945'), 2],
  [us('Burlington', 'VT', '054'), 2],
  [{ city: 'Toronto', state: 'ON', country: 'Canada', postalPrefix: 'M5V' }, 14],
  [{ city: 'Vancouver', state: 'BC', country: 'Canada', postalPrefix: 'V6B' }, 8],
  [{ city: 'London', state: 'England', country: 'United Kingdom', postalPrefix: 'EC1' }, 22],
  [{ city: 'Manchester', state: 'England', country: 'United Kingdom', postalPrefix: 'M1' }, 6],
  [{ city: 'Dublin', state: 'Leinster', country: 'Ireland', postalPrefix: 'D02' }, 5],
  [{ city: 'Paris', state: 'Île-de-France', country: 'France', postalPrefix: '750' }, 9],
  [{ city: 'Berlin', state: 'Berlin', country: 'Germany', postalPrefix: '101' }, 8],
  [{ city: 'München', state: 'Bayern', country: 'Germany', postalPrefix: '803' }, 5],
  [{ city: 'Amsterdam', state: 'Noord-Holland', country: 'Netherlands', postalPrefix: '101' }, 5],
  [{ city: 'Sydney', state: 'NSW', country: 'Australia', postalPrefix: '200' }, 7],
  [{ city: 'Melbourne', state: 'VIC', country: 'Australia', postalPrefix: '300' }, 5],
  [{ city: 'Atlantis', state: 'Atlantic Ocean', country: 'Atlantis', postalPrefix: '000' }, 0.3],
]);

/** A street address line. */
export const streets = [
  'Main St',
  'Oak Ave',
  'Maple Dr',
  'Market St',
  'Broadway',
  'Elm St',
  'Pine St',
  'Cedar Ln',
  'Lakeview Rd',
  'Hillcrest Ave',
  'Park Pl',
  'Washington Blvd',
] as const;
