/**
 * The records of the Dynamics 365 outbound-marketing segment tutorial, for the demo: people in
 * Lisbon, female wine enthusiasts over 40 in San Francisco, and craft beer fans from North Carolina
 * who checked in at the festival booth, each group with near misses that the segments must leave
 * out. Ids are fixed, so the demo segments' members can be named. Nobody lives in Atlantis: the
 * tutorial's first segment, "Contacts from Atlantis", is the newcomer's to build, with contacts of
 * their own, and its members must be exactly those.
 */
export interface TutorialRecords {
  readonly contacts: readonly Readonly<Record<string, unknown>>[];
  readonly interactions: readonly Readonly<Record<string, unknown>>[];
}

/** The asset id of the festival booth where the craft beer fans checked in. */
export const festivalBooth = 'festival-booth';

/** The tutorial's records, with birthdays and check-ins placed relative to `now`. */
export function tutorialRecords(now: Date): TutorialRecords {
  const yearsAgo = (years: number, month = 6, day = 15) =>
    `${now.getUTCFullYear() - years}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const person = (
    id: string,
    firstname: string,
    lastname: string,
    place: { city: string; state: string; country?: string },
    extra: Record<string, unknown> = {},
  ) => ({
    id,
    firstname,
    lastname,
    emailaddress1: `${firstname}.${lastname}@example.com`.toLowerCase(),
    address1_city: place.city,
    address1_stateorprovince: place.state,
    address1_country: place.country ?? 'United States',
    ...extra,
  });
  const lisbon = { city: 'Lisbon', state: 'Lisbon', country: 'Portugal' };
  const sanFrancisco = { city: 'San Francisco', state: 'CA' };
  const contacts = [
    person('ct-tutorial-lisbon-1', 'Joana', 'Duarte', lisbon, { jobtitle: 'Marine Biologist' }),
    person('ct-tutorial-lisbon-2', 'Tiago', 'Ferreira', lisbon, { jobtitle: 'Harbour Master' }),
    person('ct-tutorial-lisbon-3', 'Marta', 'Sousa', lisbon),
    // Female wine enthusiasts over 40 in San Francisco …
    person('ct-tutorial-sf-wine-1', 'Diane', 'Whitfield', sanFrancisco, {
      gendercode: 'female',
      interests: ['wine', 'cooking'],
      birthdate: yearsAgo(52, 3, 9),
    }),
    person('ct-tutorial-sf-wine-2', 'Helen', 'Okafor', sanFrancisco, {
      gendercode: 'female',
      interests: ['wine'],
      birthdate: yearsAgo(44, 11, 2),
    }),
    // … and the near misses: too young, a man, across the bay.
    person('ct-tutorial-sf-wine-young', 'Lily', 'Tran', sanFrancisco, {
      gendercode: 'female',
      interests: ['wine'],
      birthdate: yearsAgo(33),
    }),
    person('ct-tutorial-sf-wine-male', 'George', 'Halvorsen', sanFrancisco, {
      gendercode: 'male',
      interests: ['wine'],
      birthdate: yearsAgo(58),
    }),
    person(
      'ct-tutorial-oakland-wine',
      'Ruth',
      'Castillo',
      { city: 'Oakland', state: 'CA' },
      { gendercode: 'female', interests: ['wine'], birthdate: yearsAgo(49) },
    ),
    // Craft beer fans from North Carolina; two checked in at the booth, one only registered.
    person(
      'ct-tutorial-nc-beer-1',
      'Tyler',
      'Brooks',
      { city: 'Raleigh', state: 'NC' },
      { interests: ['craftbeer'], gendercode: 'male' },
    ),
    person(
      'ct-tutorial-nc-beer-2',
      'Amber',
      'Lindqvist',
      { city: 'Asheville', state: 'NC' },
      { interests: ['craftbeer', 'outdoors'], gendercode: 'female' },
    ),
    person(
      'ct-tutorial-nc-beer-registered',
      'Owen',
      'Pike',
      { city: 'Durham', state: 'NC' },
      { interests: ['craftbeer'], gendercode: 'male' },
    ),
    person(
      'ct-tutorial-va-beer',
      'Hannah',
      'Moss',
      { city: 'Richmond', state: 'VA' },
      { interests: ['craftbeer'], gendercode: 'female' },
    ),
  ];
  const visit = (id: string, contactid: string, type: string, days: number) => ({
    id,
    contactid,
    type,
    assetid: festivalBooth,
    occurredon: daysAgo(days),
  });
  const interactions = [
    visit('ix-tutorial-1', 'ct-tutorial-nc-beer-1', 'EventRegistration', 12),
    visit('ix-tutorial-2', 'ct-tutorial-nc-beer-1', 'EventCheckIn', 5),
    visit('ix-tutorial-3', 'ct-tutorial-nc-beer-2', 'EventCheckIn', 5),
    visit('ix-tutorial-4', 'ct-tutorial-nc-beer-registered', 'EventRegistration', 9),
    visit('ix-tutorial-5', 'ct-tutorial-va-beer', 'EventCheckIn', 5),
  ];
  return { contacts, interactions };
}
