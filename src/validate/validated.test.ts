import { describe, expect, it } from 'vitest';
import { blockDefinition, contextWith, parsed } from './test-helpers.ts';
import { validatedDefinition, validatedQuery } from './validated.ts';

const city = { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Paris'] };

describe('validation into the typed tree', () => {
  it('gives the same tree back, its operators typed, when there is no problem', () => {
    const definition = parsed(blockDefinition([city]));
    const checked = validatedDefinition(definition, contextWith());
    expect(checked.ok && checked.value.query).toBe(definition.query);
  });

  it('gives every problem instead when there are some', () => {
    const definition = parsed(
      blockDefinition([
        { ...city, operator: 'equal' },
        { ...city, operator: '' },
      ]),
    );
    const checked = validatedDefinition(definition, contextWith());
    expect(checked.ok ? [] : checked.problems.map((p) => p.code)).toEqual(['UNKNOWN_OPERATOR', 'INCOMPLETE']);
  });

  it('validates a query on its own the same way', () => {
    const query = parsed(blockDefinition([{ ...city, operator: 'around' }])).query;
    if (!query) throw new Error('expected a query');
    const checked = validatedQuery(query, contextWith());
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'UNKNOWN_OPERATOR query.blocks[0].where.children[0].operator',
    ]);
  });
});
