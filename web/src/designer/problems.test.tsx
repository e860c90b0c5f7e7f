import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QueryDefinition } from './definition-types.ts';
import { nth, renderDesigner } from './designer-test-kit.tsx';

const twoRows: QueryDefinition = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
          { kind: 'condition', attribute: 'numberofchildren', operator: 'greaterThan', values: ['many'] },
        ],
      },
    },
  ],
};

describe('problems', () => {
  it('shows a problem next to the row and control its path names, and the rest at the top', () => {
    renderDesigner({
      query: twoRows,
      problems: [
        {
          code: 'WRONG_VALUE_TYPE',
          message: 'Number of Children needs a number such as 3; "many" is not one.',
          path: 'query.blocks[0].where.children[1].values[0]',
        },
        { code: 'CYCLE', message: 'The segment reads itself.', path: 'query' },
      ],
    });
    const rows = screen.getAllByRole('group', { name: /^Row/ });
    expect(within(nth(rows, 0)).queryByRole('alert')).toBeNull();
    const alert = within(nth(rows, 1)).getByRole('alert');
    expect(alert.textContent).toContain('"many" is not one');
    const value = within(nth(rows, 1)).getByRole('spinbutton', { name: 'Enter number' });
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(value.getAttribute('aria-describedby')).toBe(alert.id);

    const top = nth(screen.getAllByRole('alert'), 0);
    expect(top.textContent).toContain('The segment reads itself.');
  });

  it('shows a problem of a block at that block', () => {
    renderDesigner({
      query: { blocks: [...twoRows.blocks, { combine: 'union', segment: 'seg_gone' }] },
      problems: [
        {
          code: 'UNKNOWN_SEGMENT',
          message: 'There is no segment "seg_gone".',
          path: 'query.blocks[1].segment',
        },
      ],
    });
    const block = screen.getByRole('region', { name: 'Block 2' });
    expect(within(block).getByRole('alert').textContent).toBe('There is no segment "seg_gone".');
    expect(within(block).getByRole('combobox', { name: 'Segment' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });
});
