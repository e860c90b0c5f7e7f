import { describe, expect, it } from 'vitest';
import { addCustomEntity, type CustomEntityInput } from './custom-entity.ts';
import { Schema } from './schema.ts';

const builtin = Schema.builtin();

const codesAndPaths = (result: { ok: boolean; problems?: readonly { code: string; path: string }[] }) =>
  (result.problems ?? []).map((p) => [p.code, p.path]);

const registration: CustomEntityInput = {
  name: 'eventregistration',
  displayName: 'Event Registration',
  attributes: [{ name: 'eventname', displayName: 'Event', type: 'string' }],
  lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
};

describe('addCustomEntity', () => {
  it('adds the entity with its lookup, and gives the target the one-to-many relationship', () => {
    const result = addCustomEntity(builtin, registration);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entity).toMatchObject({
      name: 'eventregistration',
      pluralDisplayName: 'Event Registrations',
      primaryAttribute: 'eventname',
      custom: true,
    });
    expect(result.schema.attribute('eventregistration', 'contactid')).toMatchObject({
      type: 'lookup',
      target: 'contact',
      displayName: 'Contact',
      custom: true,
    });
    expect(result.schema.relationship('contact', 'eventregistrations')).toMatchObject({
      from: 'contact',
      to: 'eventregistration',
      cardinality: 'oneToMany',
      lookupAttribute: 'contactid',
    });
  });

  it('allows a lookup from the new entity to itself', () => {
    const result = addCustomEntity(builtin, {
      name: 'store',
      displayName: 'Store',
      attributes: [{ name: 'storename', displayName: 'Name', type: 'string' }],
      lookups: [{ attribute: 'parentstoreid', to: 'store', relationship: 'childstores' }],
    });
    expect(result.ok && result.schema.relationship('store', 'childstores')?.to).toBe('store');
  });

  it('rejects an entity name that is taken, and lookups to entities that do not exist', () => {
    const result = addCustomEntity(builtin, {
      ...registration,
      name: 'contact',
      lookups: [{ attribute: 'storeid', to: 'store', relationship: 'visits' }],
    });
    expect(codesAndPaths(result)).toEqual([
      ['DUPLICATE_ENTITY', 'name'],
      ['UNKNOWN_TARGET', 'lookups[0].to'],
    ]);
  });

  it('rejects attribute names repeated between attributes and lookups, and relationships taken on the target', () => {
    const result = addCustomEntity(builtin, {
      ...registration,
      attributes: [{ name: 'contactid', displayName: 'Contact', type: 'string' }],
      lookups: [
        { attribute: 'contactid', to: 'contact', relationship: 'registrations' },
        { attribute: 'accountid', to: 'account', relationship: 'contacts' },
      ],
    });
    expect(codesAndPaths(result)).toEqual([
      ['DUPLICATE_ATTRIBUTE', 'lookups[0].attribute'],
      ['DUPLICATE_RELATIONSHIP', 'lookups[1].relationship'],
    ]);
  });

  it('reports problems inside attributes with their index', () => {
    const result = addCustomEntity(builtin, {
      name: 'purchase',
      displayName: 'Purchase',
      attributes: [
        { name: 'amount', displayName: 'Amount', type: 'money' },
        { name: 'Sku', displayName: 'SKU', type: 'string' },
        { name: 'channel', displayName: 'Channel', type: 'choice' },
      ],
      primaryAttribute: 'total',
    });
    expect(codesAndPaths(result)).toEqual([
      ['INVALID_NAME', 'attributes[1].name'],
      ['MISSING_OPTIONS', 'attributes[2].options'],
      ['UNKNOWN_ATTRIBUTE', 'primaryAttribute'],
    ]);
  });

  it('needs at least one attribute and a valid name', () => {
    expect(
      codesAndPaths(addCustomEntity(builtin, { name: 'Bad Name', displayName: 'Bad', attributes: [] })),
    ).toEqual([
      ['INVALID_NAME', 'name'],
      ['NO_ATTRIBUTES', 'attributes'],
    ]);
  });

  it.each(['sqlite_master', 'sqlite_sequence', 'pg_class', 'pg_anything', 'sm_member', 'sm_new'])(
    'refuses the reserved entity name %j, naming it',
    (name) => {
      const result = addCustomEntity(builtin, { ...registration, name });
      expect(codesAndPaths(result)).toEqual([['RESERVED_NAME', 'name']]);
      expect(result.ok ? '' : result.problems[0]?.message).toContain(`"${name}" is reserved`);
    },
  );

  it('accepts SQL keywords as names: every identifier is quoted', () => {
    const result = addCustomEntity(builtin, {
      name: 'select',
      displayName: 'Select',
      attributes: [{ name: 'order', displayName: 'Order', type: 'string' }],
    });
    expect(result.ok).toBe(true);
  });

  it('refuses a custom attribute named like a hidden column of every table', () => {
    const result = addCustomEntity(builtin, {
      ...registration,
      attributes: [{ name: 'xmin', displayName: 'X', type: 'integer' }],
    });
    expect(codesAndPaths(result)).toEqual([['RESERVED_NAME', 'attributes[0].name']]);
  });
});
