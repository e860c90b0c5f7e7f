import { describe, expect, it } from 'vitest';
import type { QueryDefinition } from './definition-types.ts';
import { schema } from './designer-test-kit.tsx';
import { designProblemText, draftRowText } from './draft-row-text.ts';

/** A draft: a finished row, a row without its attribute, and a related account whose row lacks its operator. */
const draft = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
          { kind: 'condition', attribute: '', operator: '', values: [] },
          {
            kind: 'related',
            relationship: 'parentcustomerid',
            where: {
              kind: 'group',
              op: 'and',
              children: [{ kind: 'condition', attribute: 'industrycode', operator: '', values: [] }],
            },
          },
        ],
      },
    },
  ],
} as QueryDefinition;

const incomplete = (path: string, message: string) => ({ code: 'INCOMPLETE', message, path });

describe('the rows of a draft in words', () => {
  it('say "(attribute not chosen)" and "(operator not chosen)" where a row is unfinished', () => {
    const row = { kind: 'condition', values: [] } as const;
    expect(draftRowText(schema, 'contact', { ...row, attribute: '', operator: '' })).toBe(
      '(attribute not chosen)',
    );
    expect(draftRowText(schema, 'contact', { ...row, attribute: 'address1_city', operator: '' })).toBe(
      'Address 1: City (operator not chosen)',
    );
    expect(draftRowText(schema, 'contact', { ...row, attribute: 'address1_city', operator: 'equals' })).toBe(
      'Address 1: City Equals',
    );
    // Without the schema (not read yet), the logical names.
    expect(draftRowText(undefined, 'contact', { ...row, attribute: 'address1_city', operator: '' })).toBe(
      'address1_city (operator not chosen)',
    );
  });

  it('name the block and the row a problem of the design is about', () => {
    const text = (path: string, message: string) =>
      designProblemText(draft, schema, incomplete(path, message), message);
    expect(text('query.blocks[0].where.children[1].attribute', 'Select an attribute for this row.')).toBe(
      'Block 1, row “(attribute not chosen)”: Select an attribute for this row.',
    );
    // A row of a related account reads with the account's attributes.
    expect(
      text(
        'query.blocks[0].where.children[2].where.children[0].operator',
        'Select an operator for this row.',
      ),
    ).toBe('Block 1, row “Industry (operator not chosen)”: Select an operator for this row.');
    // A problem of no row keeps its message alone.
    expect(text('query.blocks[0].entity', 'Choose an entity.')).toBe('Choose an entity.');
  });
});
