import { describe, expect, it } from 'vitest';
import { Schema } from './schema.ts';

describe('Schema', () => {
  const schema = Schema.builtin();

  it('shows Dynamics display names', () => {
    expect(schema.attribute('contact', 'address1_city')?.displayName).toBe('Address 1: City');
    expect(schema.attribute('contact', 'parentcustomerid')?.displayName).toBe('Company Name');
  });

  it('gives every lookup a relationship in both directions', () => {
    const toAccount = schema.relationship('contact', 'parentcustomerid');
    expect(toAccount).toMatchObject({ from: 'contact', to: 'account', cardinality: 'manyToOne' });
    expect(toAccount && schema.reverseOf(toAccount)).toMatchObject({
      name: 'contacts',
      from: 'account',
      to: 'contact',
      cardinality: 'oneToMany',
    });
    expect(schema.relationship('contact', 'interactions')).toMatchObject({
      to: 'interaction',
      lookupAttribute: 'contactid',
    });
    expect(schema.relationship('contact', 'leads')).toMatchObject({
      to: 'lead',
      lookupAttribute: 'parentcontactid',
    });
  });

  it('adds an attribute without changing the schema it came from', () => {
    const wider = schema.withAttribute('contact', {
      name: 'wineenthusiast',
      displayName: 'Wine Enthusiast',
      type: 'boolean',
    });
    expect(wider.attribute('contact', 'wineenthusiast')?.type).toBe('boolean');
    expect(schema.attribute('contact', 'wineenthusiast')).toBeUndefined();
  });
});
