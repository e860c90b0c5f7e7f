import { describe, expect, it } from 'vitest';
import { demoSegments } from './demo-segments.ts';
import { awayFromAtlantis } from './demo-data.ts';
import { tutorialRecords } from './tutorial-records.ts';

describe('the demo leaves Atlantis to the tutorial', () => {
  it('moves a generated contact of Atlantis to Lisbon and leaves the others as they are', () => {
    const rows = [
      {
        id: 'c1',
        address1_city: 'Atlantis',
        address1_stateorprovince: 'Atlantic Ocean',
        address1_postalcode: '00012',
      },
      { id: 'c2', address1_city: 'Raleigh', address1_stateorprovince: 'NC' },
      { id: 'c3', address1_city: null },
    ];
    const moved = awayFromAtlantis(rows);
    expect(moved[0]).toEqual({
      id: 'c1',
      address1_city: 'Lisbon',
      address1_stateorprovince: 'Lisbon',
      address1_country: 'Portugal',
      address1_postalcode: '1100-001',
    });
    expect(moved.slice(1)).toEqual(rows.slice(1));
  });

  it('has no tutorial contact in Atlantis and no demo segment about it', () => {
    const { contacts } = tutorialRecords(new Date('2026-06-01T00:00:00Z'));
    expect(contacts.filter((contact) => contact.address1_city === 'Atlantis')).toEqual([]);
    expect(JSON.stringify(demoSegments)).not.toMatch(/atlantis/i);
  });
});
