/** Segment definitions the command-line tests save, validate and evaluate, as users write them. */

const cityIs = (city: string) => ({
  name: `Contacts from ${city}`,
  type: 'dynamic',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [{ kind: 'condition', attribute: 'address1_city', operator: 'equals', values: [city] }],
        },
      },
    ],
  },
});

export const atlantis = JSON.stringify(cityIs('Atlantis'), null, 2);

/** Two problems: an attribute the contact lacks and an operator a date does not take. */
export const twoProblems = JSON.stringify(
  {
    name: 'Broken',
    type: 'dynamic',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', attribute: 'address1_cty', operator: 'equals', values: ['Atlantis'] },
              { kind: 'condition', attribute: 'birthdate', operator: 'contains', values: ['x'] },
            ],
          },
        },
      ],
    },
  },
  null,
  2,
);

/** Contacts: two in Atlantis, one in Paris, and (line 4) one whose birthday is not a date. */
export const contactsCsv = [
  'id,firstname,lastname,address1_city,birthdate,interests',
  'c-ada,Ada,Lovelace,Atlantis,1815-12-10,technology;art',
  'c-nemo,Nemo,Dakkar,Atlantis,1830-02-01,',
  'c-bad,Bob,Broken,Atlantis,not-a-date,',
  'c-paris,Marie,Curie,Paris,1867-11-07,',
  '',
].join('\n');
