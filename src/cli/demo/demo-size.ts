/** Contacts in the demo when nobody says how many: a few thousand, loaded in a few seconds. */
export const defaultDemoContacts = 2_000;
