import { describe, expect, it } from 'vitest';
import { InMemoryRecords } from './in-memory-records.ts';

describe('InMemoryRecords', () => {
  const records = new InMemoryRecords({
    contact: [
      { id: 'c1', parentcustomerid: 'a1' },
      { id: 'c2', parentcustomerid: 'a1' },
      { id: 'c3', parentcustomerid: null },
    ],
    account: [{ id: 'a1', name: 'Contoso' }],
  });

  it('finds a record by entity and id, and nothing for an unknown one', () => {
    expect(records.record('account', 'a1')?.['name']).toBe('Contoso');
    expect(records.record('account', 'c1')).toBeUndefined();
    expect(records.record('lead', 'l1')).toBeUndefined();
  });

  it('finds the records whose lookup names a record', () => {
    expect(records.referencing('contact', 'parentcustomerid', 'a1').map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(records.referencing('contact', 'parentcustomerid', 'a2')).toEqual([]);
    expect(records.referencing('interaction', 'contactid', 'c1')).toEqual([]);
  });

  it('stays fast for many records by indexing each lookup once', () => {
    const contacts = Array.from({ length: 20_000 }, (_, i) => ({
      id: `c${i}`,
      parentcustomerid: `a${i % 100}`,
    }));
    const many = new InMemoryRecords({ contact: contacts });
    const started = performance.now();
    for (let i = 0; i < 20_000; i += 1) many.referencing('contact', 'parentcustomerid', `a${i % 100}`);
    expect(many.referencing('contact', 'parentcustomerid', 'a7')).toHaveLength(200);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
