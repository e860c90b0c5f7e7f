import type { Engine } from '../../engine/index.ts';

/**
 * A contacts file as Dynamics 365 exports it (a view exported to Excel, saved as CSV), for the import
 * tests of the engine, the HTTP route and the command line: its bookkeeping columns, display names in
 * the header, choices as labels and as Dataverse integers, the company by its account's name, a flag
 * as Dataverse labels it (`Do Not Allow`).
 * Line 4 names "Fabrikam", which two accounts are called; line 5 a gender that is no option.
 */
export const dynamicsContactsCsv = [
  '(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Full Name,First Name,Last Name,Address 1: City,Gender,Marital Status,Company Name,Interests,Preferred Method of Contact,Do not allow Bulk Emails',
  'c-ada,Zm9v,2026-02-01T10:00:00Z,Ada Lovelace,Ada,Lovelace,London,Female,2,Contoso,Wine; Craft Beer,Email,Allow',
  'c-grace,YmFy,2026-02-01T10:00:00Z,Grace Hopper,Grace,Hopper,Arlington,2,1,acc-litware,music;travel,3,Do Not Allow',
  'c-alan,YmF6,2026-02-01T10:00:00Z,Alan Turing,Alan,Turing,Wilmslow,male,,Fabrikam,,,',
  'c-bad,cXV4,2026-02-01T10:00:00Z,Bad Gender,Bad,Gender,Nowhere,F,,contoso,,,',
  'c-edsger,cXV5,2026-02-01T10:00:00Z,Edsger Dijkstra,Edsger,Dijkstra,Nuenen,1,Married,CONTOSO,Technology,Any,No',
  '',
].join('\r\n');

/** The accounts the file's companies name, as a CSV file with a display-name header. */
export const dynamicsAccountsCsv = [
  'id,Account Name,Industry',
  'acc-contoso,Contoso,Consulting',
  'acc-fabrikam-1,Fabrikam,17',
  'acc-fabrikam-2,FABRIKAM,',
  'acc-litware,Litware,software',
  '',
].join('\n');

/** The accounts the file's companies name: "Contoso" once, "Fabrikam" twice (in two cases). */
export async function seedDynamicsAccounts(engine: Engine): Promise<void> {
  await engine.createRecord('account', { id: 'acc-contoso', name: 'Contoso' });
  await engine.createRecord('account', { id: 'acc-fabrikam-1', name: 'Fabrikam' });
  await engine.createRecord('account', { id: 'acc-fabrikam-2', name: 'FABRIKAM' });
  await engine.createRecord('account', { id: 'acc-litware', name: 'Litware' });
}

/** What the import answers for the file. */
export const dynamicsImportOutcome = {
  created: 3,
  updated: 0,
  rejected: [
    {
      line: 4,
      reason:
        'parentcustomerid: Company Name: "Fabrikam" is the name of 2 accounts (ids "acc-fabrikam-1", "acc-fabrikam-2"); put the id of the account you mean in the cell.',
    },
    { line: 5, reason: 'gendercode: Gender: "F" is not one of its options.' },
  ],
  rejectedCount: 2,
  ignoredColumns: [
    {
      column: '(Do Not Modify) Row Checksum',
      reason: "Dynamics' own bookkeeping column, not a value of the record.",
    },
    {
      column: '(Do Not Modify) Modified On',
      reason: "Dynamics' own bookkeeping column, not a value of the record.",
    },
    {
      column: 'Full Name',
      reason: 'Full Name is computed by Segmint (fullname), so the column is not read.',
    },
  ],
};

/** The stored values of the contacts the file created, by id. */
export const dynamicsImportedContacts = {
  'c-ada': {
    fullname: 'Ada Lovelace',
    address1_city: 'London',
    gendercode: 'female',
    familystatuscode: 'married',
    parentcustomerid: 'acc-contoso',
    interests: ['craftbeer', 'wine'],
    preferredcontactmethodcode: 'email',
    donotbulkemail: false,
  },
  'c-grace': {
    fullname: 'Grace Hopper',
    gendercode: 'female',
    familystatuscode: 'single',
    parentcustomerid: 'acc-litware',
    interests: ['music', 'travel'],
    preferredcontactmethodcode: 'phone',
    donotbulkemail: true,
  },
  'c-edsger': {
    fullname: 'Edsger Dijkstra',
    gendercode: 'male',
    familystatuscode: 'married',
    parentcustomerid: 'acc-contoso',
    interests: ['technology'],
    preferredcontactmethodcode: 'any',
    donotbulkemail: false,
  },
};
