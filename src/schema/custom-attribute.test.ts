import { describe, expect, it } from 'vitest';
import { addCustomAttribute } from './custom-attribute.ts';
import { Schema } from './schema.ts';

const builtin = Schema.builtin();

const codesAndPaths = (result: { ok: boolean; problems?: readonly { code: string; path: string }[] }) =>
  (result.problems ?? []).map((p) => [p.code, p.path]);

describe('addCustomAttribute', () => {
  it('adds an integer attribute marked custom, leaving the original schema as it was', () => {
    const result = addCustomAttribute(builtin, 'contact', {
      name: 'loyaltypoints',
      displayName: 'Loyalty Points',
      type: 'integer',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.attribute).toEqual({
      name: 'loyaltypoints',
      displayName: 'Loyalty Points',
      type: 'integer',
      custom: true,
    });
    expect(result.schema.attribute('contact', 'loyaltypoints')?.custom).toBe(true);
    expect(builtin.attribute('contact', 'loyaltypoints')).toBeUndefined();
  });

  it('keeps the options of a choice, labelling an option by its value when it has no label', () => {
    const result = addCustomAttribute(builtin, 'contact', {
      name: 'winetier',
      displayName: 'Wine Tier',
      type: 'choice',
      options: [{ value: 'gold', label: 'Gold' }, { value: 'silver' }],
    });
    expect(result.ok && result.attribute.options).toEqual([
      { value: 'gold', label: 'Gold' },
      { value: 'silver', label: 'silver' },
    ]);
  });

  it('gives a money attribute the default scale and keeps a chosen one', () => {
    const money = addCustomAttribute(builtin, 'account', {
      name: 'budget',
      displayName: 'Budget',
      type: 'money',
    });
    const decimal = addCustomAttribute(builtin, 'account', {
      name: 'ratio',
      displayName: 'Ratio',
      type: 'decimal',
      scale: 0,
    });
    expect(money.ok && money.attribute.scale).toBe(4);
    expect(decimal.ok && decimal.attribute.scale).toBe(0);
  });

  it('adds a lookup with its relationship on the target, named entity_attribute by default', () => {
    const result = addCustomAttribute(builtin, 'contact', {
      name: 'referredbyid',
      displayName: 'Referred By',
      type: 'lookup',
      target: 'contact',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lookup).toMatchObject({
      attribute: 'referredbyid',
      to: 'contact',
      relationship: 'contact_referredbyid',
    });
    expect(result.schema.relationship('contact', 'referredbyid')).toMatchObject({
      cardinality: 'manyToOne',
      to: 'contact',
    });
    expect(result.schema.relationship('contact', 'contact_referredbyid')).toMatchObject({
      cardinality: 'oneToMany',
    });
  });

  it.each([
    ['LoyaltyPoints', 'INVALID_NAME'],
    ['1points', 'INVALID_NAME'],
    ['loyalty-points', 'INVALID_NAME'],
    ['', 'MISSING_NAME'],
    ['id', 'RESERVED_NAME'],
    ['sm_points', 'RESERVED_NAME'],
    ['xmin', 'RESERVED_NAME'],
    ['ctid', 'RESERVED_NAME'],
    ['tableoid', 'RESERVED_NAME'],
    ['oid', 'RESERVED_NAME'],
    ['rowid', 'RESERVED_NAME'],
    ['a'.repeat(51), 'NAME_TOO_LONG'],
  ])('rejects the logical name %j with %s', (name, code) => {
    const result = addCustomAttribute(builtin, 'contact', { name, displayName: 'Points', type: 'integer' });
    expect(codesAndPaths(result)).toEqual([[code, 'name']]);
  });

  it('accepts a name of exactly 50 characters', () => {
    const result = addCustomAttribute(builtin, 'contact', {
      name: 'a'.repeat(50),
      displayName: 'Long',
      type: 'string',
    });
    expect(result.ok).toBe(true);
  });

  it('rejects an attribute name the entity already has', () => {
    const result = addCustomAttribute(builtin, 'contact', {
      name: 'firstname',
      displayName: 'First',
      type: 'string',
    });
    expect(codesAndPaths(result)).toEqual([['DUPLICATE_ATTRIBUTE', 'name']]);
  });

  it('rejects an unknown entity and an unknown type', () => {
    expect(
      codesAndPaths(addCustomAttribute(builtin, 'nope', { name: 'x', displayName: 'X', type: 'string' })),
    ).toEqual([['UNKNOWN_ENTITY', 'entity']]);
    expect(
      codesAndPaths(addCustomAttribute(builtin, 'contact', { name: 'x', displayName: 'X', type: 'text' })),
    ).toEqual([['unknown_type', 'type']]);
  });

  it('reports every problem of a choice at once: no display name, an empty value and a repeated one', () => {
    const result = addCustomAttribute(builtin, 'contact', {
      name: 'tier',
      displayName: ' ',
      type: 'multichoice',
      options: [{ value: 'a' }, { value: '' }, { value: 'a' }, { value: 'x;y' }],
    });
    expect(codesAndPaths(result)).toEqual([
      ['MISSING_DISPLAY_NAME', 'displayName'],
      ['INVALID_OPTION', 'options[1].value'],
      ['DUPLICATE_OPTION', 'options[2].value'],
      ['INVALID_OPTION', 'options[3].value'],
    ]);
  });

  it('requires at least one option for a choice', () => {
    const result = addCustomAttribute(builtin, 'contact', {
      name: 'tier',
      displayName: 'Tier',
      type: 'choice',
      options: [],
    });
    expect(codesAndPaths(result)).toEqual([['MISSING_OPTIONS', 'options']]);
  });

  it('allows a scale only on decimal and money, from 0 to the maximum', () => {
    const onInteger = addCustomAttribute(builtin, 'contact', {
      name: 'n',
      displayName: 'N',
      type: 'integer',
      scale: 2,
    });
    const tooLarge = addCustomAttribute(builtin, 'contact', {
      name: 'n',
      displayName: 'N',
      type: 'money',
      scale: 11,
    });
    const fraction = addCustomAttribute(builtin, 'contact', {
      name: 'n',
      displayName: 'N',
      type: 'decimal',
      scale: 1.5,
    });
    expect(codesAndPaths(onInteger)).toEqual([['NOT_ALLOWED', 'scale']]);
    expect(codesAndPaths(tooLarge)).toEqual([['INVALID_SCALE', 'scale']]);
    expect(codesAndPaths(fraction)).toEqual([['INVALID_SCALE', 'scale']]);
  });

  it('rejects options and targets on types that do not have them', () => {
    const result = addCustomAttribute(builtin, 'contact', {
      name: 'n',
      displayName: 'N',
      type: 'string',
      options: [{ value: 'a' }],
      target: 'account',
    });
    expect(codesAndPaths(result)).toEqual([
      ['NOT_ALLOWED', 'options'],
      ['NOT_ALLOWED', 'target'],
    ]);
  });

  it('rejects a lookup to a missing entity, or without a target', () => {
    expect(
      codesAndPaths(
        addCustomAttribute(builtin, 'contact', {
          name: 'x',
          displayName: 'X',
          type: 'lookup',
          target: 'store',
        }),
      ),
    ).toEqual([['UNKNOWN_TARGET', 'target']]);
    expect(
      codesAndPaths(addCustomAttribute(builtin, 'contact', { name: 'x', displayName: 'X', type: 'lookup' })),
    ).toEqual([['MISSING_TARGET', 'target']]);
  });

  it('rejects a relationship name the target already has', () => {
    const result = addCustomAttribute(builtin, 'lead', {
      name: 'ownerid',
      displayName: 'Owner',
      type: 'lookup',
      target: 'account',
      relationship: 'contacts',
    });
    expect(codesAndPaths(result)).toEqual([['DUPLICATE_RELATIONSHIP', 'relationship']]);
  });

  it('gives a text attribute 100 characters unless it asks for up to 1,048,576', () => {
    const text = (maxLength?: unknown) =>
      addCustomAttribute(builtin, 'contact', {
        name: 'new_notes',
        displayName: 'Notes',
        type: 'string',
        ...(maxLength === undefined ? {} : { maxLength: maxLength as number }),
      });
    expect(text()).toMatchObject({ ok: true, attribute: { maxLength: 100 } });
    expect(text(4000)).toMatchObject({ ok: true, attribute: { maxLength: 4000 } });
    expect(text(1_048_576)).toMatchObject({ ok: true, attribute: { maxLength: 1_048_576 } });
    for (const bad of [0, 1_048_577, 2.5, '100'])
      expect(codesAndPaths(text(bad)), String(bad)).toEqual([['invalid_max_length', 'maxLength']]);
    const integer = addCustomAttribute(builtin, 'contact', {
      name: 'new_points',
      displayName: 'Points',
      type: 'integer',
      maxLength: 10,
    });
    expect(codesAndPaths(integer)).toEqual([['NOT_ALLOWED', 'maxLength']]);
  });
});
