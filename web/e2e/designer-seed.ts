import type { E2eServer } from './e2e-server.ts';

/** What the seed made: the full names the designer test's segment must select. */
export interface CompanySeed {
  readonly expected: readonly string[];
}

interface SeedContact {
  readonly first: string;
  readonly last: string;
  readonly city?: string;
  readonly job?: string;
  readonly account: 'contoso' | 'fabrikam';
  /** Interactions: type and how many days ago. */
  readonly did: readonly (readonly [string, number])[];
  /** Whether "(City Atlantis or Job Title contains Manager) and Account Industry Accounting and at least 2 Email Opened in the last 30 days" selects it. */
  readonly member: boolean;
}

const opened = (...daysAgo: number[]) => daysAgo.map((days) => ['EmailOpened', days] as const);

/** Each contact differs from a member in one way, so that each part of the definition is tested. */
const contacts: readonly SeedContact[] = [
  {
    first: 'Alma',
    last: 'Atlantis',
    city: 'Atlantis',
    account: 'contoso',
    did: opened(1, 2, 3),
    member: true,
  },
  {
    first: 'Mario',
    last: 'Manager',
    city: 'Rome',
    job: 'Marketing Manager',
    account: 'contoso',
    did: opened(1, 5),
    member: true,
  },
  {
    first: 'Fabio',
    last: 'Farmer',
    city: 'Atlantis',
    account: 'fabrikam',
    did: opened(1, 2, 3),
    member: false,
  },
  { first: 'Olga', last: 'Once', city: 'Atlantis', account: 'contoso', did: opened(1), member: false },
  { first: 'Lena', last: 'Late', city: 'Atlantis', account: 'contoso', did: opened(45, 60), member: false },
  {
    first: 'Luis',
    last: 'Lisbon',
    city: 'Lisbon',
    job: 'Clerk',
    account: 'contoso',
    did: opened(1, 2),
    member: false,
  },
  {
    first: 'Clara',
    last: 'Clicker',
    city: 'Atlantis',
    account: 'contoso',
    did: [
      ['EmailClicked', 1],
      ['EmailClicked', 2],
    ],
    member: false,
  },
];

/**
 * Seeds the designer test's data through the API: two accounts (Contoso in accounting, Fabrikam in
 * agriculture), contacts of each with `parentcustomerid`, and their interactions.
 */
export async function seedCompanies(server: E2eServer): Promise<CompanySeed> {
  const contoso = await server.api<{ id: string }>('POST', '/api/accounts', {
    name: 'Contoso',
    industrycode: 'accounting',
  });
  const fabrikam = await server.api<{ id: string }>('POST', '/api/accounts', {
    name: 'Fabrikam',
    industrycode: 'agriculture',
  });
  const accounts = { contoso: contoso.id, fabrikam: fabrikam.id };
  const now = Date.now();
  const interactions: Record<string, string>[] = [];
  for (const contact of contacts) {
    const created = await server.api<{ id: string }>('POST', '/api/contacts', {
      firstname: contact.first,
      lastname: contact.last,
      emailaddress1: `${contact.first.toLowerCase()}@example.com`,
      address1_city: contact.city,
      jobtitle: contact.job,
      parentcustomerid: accounts[contact.account],
    });
    for (const [type, daysAgo] of contact.did) {
      interactions.push({
        contactid: created.id,
        type,
        occurredon: new Date(now - daysAgo * 86_400_000).toISOString(),
      });
    }
  }
  await server.api('POST', '/api/interactions', interactions);
  return { expected: contacts.filter((c) => c.member).map((c) => `${c.first} ${c.last}`) };
}
