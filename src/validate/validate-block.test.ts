import { describe, expect, it } from 'vitest';
import { expectOnly, validate } from './test-helpers.ts';

function blocks(...list: unknown[]): unknown {
  return { name: 'Blocks', type: 'dynamic', query: { blocks: list } };
}

const software = {
  kind: 'group',
  op: 'and',
  children: [{ kind: 'condition', attribute: 'industrycode', operator: 'equals', values: ['software'] }],
};

describe('query blocks', () => {
  it('reports an entity the schema does not have, suggesting the one meant', () => {
    const problems = validate(blocks({ entity: 'contacts' }));
    expectOnly(problems, 'UNKNOWN_ENTITY', 'query.blocks[0].entity', '"contacts"', '"contact" (Contact)');
  });

  it('lists the entities there are when nothing is close', () => {
    const message = expectOnly(
      validate(blocks({ entity: 'opportunity' })),
      'UNKNOWN_ENTITY',
      'query.blocks[0].entity',
    );
    expect(message).toContain('"account" (Account)');
    expect(message).toContain('"interaction" (Interaction)');
  });

  it('reports a block that ends on accounts, naming the ways on to contacts', () => {
    const problems = validate(blocks({ entity: 'account', where: software }));
    expectOnly(
      problems,
      'BLOCK_NOT_ON_CONTACT',
      'query.blocks[0].entity',
      'Accounts',
      'contacts (to Contacts)',
    );
  });

  it('reports a traverse that ends on accounts at the traverse', () => {
    const problems = validate(
      blocks({ entity: 'contact', traverse: [{ relationship: 'parentcustomerid' }] }),
    );
    expectOnly(problems, 'BLOCK_NOT_ON_CONTACT', 'query.blocks[0].traverse', 'Accounts');
  });

  it("checks a traverse hop's where against the entity the hop reaches", () => {
    const emptyHop = blocks({
      entity: 'account',
      traverse: [{ relationship: 'contacts', where: { ...software, children: [] } }],
    });
    expectOnly(validate(emptyHop), 'EMPTY_GROUP', 'query.blocks[0].traverse[0].where', 'Contacts');
  });

  it('accepts accounts followed to their contacts', () => {
    const cityOfContact = {
      kind: 'group',
      op: 'and',
      children: [{ kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Raleigh'] }],
    };
    const valid = blocks({
      entity: 'account',
      where: software,
      traverse: [{ relationship: 'contacts', where: cityOfContact }],
    });
    expect(validate(valid)).toEqual([]);
  });

  it('reports an attribute of the reached entity used on the block entity', () => {
    const problems = validate(
      blocks({
        entity: 'account',
        where: software,
        traverse: [{ relationship: 'contacts', where: software }],
      }),
    );
    expectOnly(
      problems,
      'UNKNOWN_ATTRIBUTE',
      'query.blocks[0].traverse[0].where.children[0].attribute',
      'Contact',
      '"industrycode"',
    );
  });

  it('reports a traverse hop along a relationship the entity does not have, naming those it has', () => {
    const problems = validate(blocks({ entity: 'account', traverse: [{ relationship: 'employees' }] }));
    expectOnly(
      problems,
      'UNKNOWN_RELATIONSHIP',
      'query.blocks[0].traverse[0].relationship',
      '"employees"',
      'contacts (to Contacts)',
      'primarycontactid (to Contact)',
    );
  });

  it('checks a where on the block entity against that entity', () => {
    const problems = validate(
      blocks({
        entity: 'lead',
        where: {
          kind: 'group',
          op: 'and',
          children: [
            { kind: 'condition', attribute: 'leadqualitycode', operator: 'equals', values: ['boiling'] },
          ],
        },
        traverse: [{ relationship: 'parentcontactid' }],
      }),
    );
    expectOnly(
      problems,
      'UNKNOWN_OPTION',
      'query.blocks[0].where.children[0].values[0]',
      '"Rating"',
      '"boiling"',
      '"hot"',
    );
  });
});
