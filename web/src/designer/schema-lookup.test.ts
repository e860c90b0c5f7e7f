import { describe, expect, it } from 'vitest';
import type { Attribute, Operator } from '../api/index.ts';
import { nth, schema } from './designer-test-kit.tsx';
import {
  blockEntities,
  entityNamed,
  pathsToContact,
  relationshipDynamicsLabel,
  relationshipLabel,
} from './schema-lookup.ts';
import { newBehaviour, withCombines } from './tree-edit.ts';
import { parseNumber, valueKindOf } from './value-kind.ts';

const contact = entityNamed(schema, 'contact');

describe('the schema as the designer reads it', () => {
  it("names relationships in a marketer's words, and keeps the Dynamics form beside them", () => {
    const labels = (label: typeof relationshipLabel, entity = contact) =>
      (entity?.relationships ?? []).map((relationship) =>
        entity === undefined ? '' : label(schema, entity, relationship),
      );
    expect(labels(relationshipLabel)).toEqual([
      "Company (the contact's account)",
      'Accounts (accounts whose Primary Contact is the contact)',
      'Leads (leads whose Existing Contact is the contact)',
      'Interactions (interactions whose Contact is the contact)',
    ]);
    expect(labels(relationshipLabel, entityNamed(schema, 'account'))).toEqual([
      'Contacts (contacts whose Company Name is the account)',
      "Primary Contact (the account's contact)",
      'Leads (leads whose Existing Account is the account)',
    ]);
    expect(labels(relationshipDynamicsLabel)).toContain('Account (Contact -> Account (Company Name))');
    expect(labels(relationshipDynamicsLabel)).toContain('Interaction (Contact -> Interaction (Contact))');
  });

  it('finds the ways from each entity to contacts', () => {
    expect(pathsToContact(schema, 'contact')).toEqual([[]]);
    expect(pathsToContact(schema, 'account')).toEqual([['contacts'], ['primarycontactid']]);
    expect(pathsToContact(schema, 'interaction')).toEqual([['contactid']]);
    expect(blockEntities(schema).map((entity) => entity.name)).toEqual([
      'contact',
      'account',
      'lead',
      'interaction',
    ]);
  });

  it('picks the value input from the type and the arity', () => {
    const attribute = (type: Attribute['type']): Attribute => ({
      name: 'a',
      displayName: 'A',
      type,
      custom: false,
      computed: false,
    });
    const operator = (id: string, values: Operator['values']): Operator => ({ id, label: id, values });
    expect(valueKindOf(attribute('string'), operator('equals', 'oneOrMore'))).toBe('textChips');
    expect(valueKindOf(attribute('money'), operator('between', 'two'))).toBe('numberPair');
    expect(valueKindOf(attribute('datetime'), operator('on', 'one'))).toBe('date');
    expect(valueKindOf(attribute('datetime'), operator('after', 'one'))).toBe('datetime');
    expect(valueKindOf(attribute('multichoice'), operator('containsAllOf', 'oneOrMore'))).toBe('options');
    expect(valueKindOf(attribute('boolean'), operator('equals', 'oneOrMore'))).toBe('boolean');
    expect(valueKindOf(attribute('date'), operator('inLast', 'period'))).toBe('period');
  });

  it('keeps money exact: decimals that a number would change stay text', () => {
    const money: Attribute = { name: 'm', displayName: 'M', type: 'money', custom: false, computed: false };
    expect(parseNumber('1250.5', money)).toBe(1250.5);
    expect(parseNumber('0.10', money)).toBe('0.10');
    expect(parseNumber('12345678901234567.89', money)).toBe('12345678901234567.89');
    expect(parseNumber('', money)).toBeUndefined();
  });

  it('combines every block but the first', () => {
    const blocks = withCombines([
      { combine: 'exclude', entity: 'contact' },
      { entity: 'contact' },
      { segment: 's', combine: 'intersect' },
    ]);
    expect(blocks).toEqual([
      { entity: 'contact' },
      { combine: 'union', entity: 'contact' },
      { segment: 's', combine: 'intersect' },
    ]);
  });

  it('starts a behaviour row on interactions in the last 30 days', () => {
    expect(newBehaviour(schema)).toMatchObject({
      relationship: 'interactions',
      where: { children: [{ attribute: 'type', operator: 'equals', values: [] }] },
      window: { attribute: 'occurredon', last: 30, unit: 'days' },
    });
    expect(nth(blockEntities(schema), 0).name).toBe('contact');
  });
});
