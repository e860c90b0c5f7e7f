import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QueryDefinition } from './definition-types.ts';
import { renderDesigner } from './designer-test-kit.tsx';

const atlantis: QueryDefinition = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
        ],
      },
    },
  ],
};

describe('blocks', () => {
  it('combines a second block with Exclude, in the words of Dynamics, saying what it means', async () => {
    const { user, query } = renderDesigner({ query: atlantis });
    await user.click(screen.getByRole('button', { name: 'Add query block' }));
    const second = screen.getByRole('region', { name: 'Block 2' });
    const combine = within(second).getByRole('combobox', { name: 'Combine with the blocks before' });
    expect([...(combine as HTMLSelectElement).options].map((option) => option.textContent)).toEqual([
      'Union',
      'Intersect',
      'Exclude',
    ]);
    const description = () =>
      (combine.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    expect(description()).toBe('contacts in the blocks before or in this one');
    await user.selectOptions(combine, 'Exclude');
    expect(description()).toBe('contacts in the blocks before, but not in this one');
    await user.type(within(second).getByRole('combobox', { name: 'Select attribute' }), 'bulk');
    await user.keyboard('{Enter}');
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Value' }), 'Yes');
    expect(query()).toEqual({
      blocks: [
        atlantis.blocks[0],
        {
          combine: 'exclude',
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', attribute: 'donotbulkemail', operator: 'equals', values: [true] },
            ],
          },
        },
      ],
    });
    expect(
      within(screen.getByRole('region', { name: 'Block 1' })).queryByRole('combobox', {
        name: 'Combine with the blocks before',
      }),
    ).toBeNull();
  });

  it('emits a segment block with the chosen segment', async () => {
    const { user, query } = renderDesigner({ query: atlantis });
    await user.click(screen.getByRole('button', { name: 'Add segment block' }));
    const block = screen.getByRole('region', { name: 'Block 2' });
    await user.selectOptions(
      within(block).getByRole('combobox', { name: 'Combine with the blocks before' }),
      'Exclude',
    );
    await user.selectOptions(
      within(block).getByRole('combobox', { name: 'Segment' }),
      'Unsubscribed (static)',
    );
    expect(query()).toEqual({
      blocks: [atlantis.blocks[0], { combine: 'exclude', segment: 'seg_unsubscribed' }],
    });
  });

  it('drops combine from the block that becomes first when the first is deleted', async () => {
    const { user, query } = renderDesigner({
      query: { blocks: [...atlantis.blocks, { combine: 'intersect', entity: 'contact' }] },
    });
    await user.click(
      within(screen.getByRole('region', { name: 'Block 1' })).getByRole('button', { name: 'Delete block' }),
    );
    expect(query()).toEqual({ blocks: [{ entity: 'contact' }] });
  });

  it('starts a new block on Contact with one empty row, and finds all contacts once that row is deleted', async () => {
    const { user, query } = renderDesigner();
    await user.click(screen.getByRole('button', { name: 'Add query block' }));
    expect(query()).toEqual({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [{ kind: 'condition', attribute: '', operator: '', values: [] }],
          },
        },
      ],
    });
    expect(screen.getAllByRole('combobox', { name: 'Select attribute' })).toHaveLength(1);
    expect(screen.queryByText('No conditions: this block finds all contacts')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete row' }));
    expect(query()).toEqual({ blocks: [{ entity: 'contact' }] });
    expect(screen.getByText('No conditions: this block finds all contacts')).toBeTruthy();
  });

  it('walks from an account block to its contacts', async () => {
    const { user, query } = renderDesigner();
    await user.click(screen.getByRole('button', { name: 'Add query block' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Entity' }), 'Account');
    const emptyRow = {
      kind: 'group',
      op: 'and',
      children: [{ kind: 'condition', attribute: '', operator: '', values: [] }],
    };
    expect(query()).toEqual({
      blocks: [{ entity: 'account', where: emptyRow, traverse: [{ relationship: 'contacts' }] }],
    });
    await user.click(screen.getByRole('button', { name: 'Delete row' }));
    expect(screen.getByText('No conditions: this block finds the contacts of every account')).toBeTruthy();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Reaches contacts through' }),
      'Primary Contact',
    );
    expect(query()).toEqual({
      blocks: [{ entity: 'account', traverse: [{ relationship: 'primarycontactid' }] }],
    });
  });
});

describe("a block's steps to contacts", () => {
  it("edits the conditions of a step's own records, and shows their problems there", async () => {
    const { user, query } = renderDesigner({
      query: { blocks: [{ entity: 'account', traverse: [{ relationship: 'contacts' }] }] },
      problems: [
        {
          code: 'INCOMPLETE',
          message: 'Select an attribute for this row.',
          path: 'query.blocks[0].traverse[0].where.children[0].attribute',
        },
      ],
    });
    const step = screen.getByRole('group', { name: 'Then Contacts' });
    expect(within(step).getByText('No conditions: every contact it reaches counts')).toBeTruthy();
    await user.click(within(step).getByRole('button', { name: 'Add row' }));
    expect(query()).toEqual({
      blocks: [
        {
          entity: 'account',
          traverse: [
            {
              relationship: 'contacts',
              where: {
                kind: 'group',
                op: 'and',
                children: [{ kind: 'condition', attribute: '', operator: '', values: [] }],
              },
            },
          ],
        },
      ],
    });
    const field = within(step).getByRole('combobox', { name: 'Select attribute' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(within(step).getByRole('alert').textContent).toBe('Select an attribute for this row.');
    await user.type(field, 'job');
    await user.click(within(step).getByRole('option', { name: 'Job Title' }));
    await user.selectOptions(within(step).getByRole('combobox', { name: 'Operator' }), 'Contains');
    await user.type(within(step).getByRole('textbox', { name: 'Enter text' }), 'Manager{Enter}');
    expect(query().blocks[0]).toEqual({
      entity: 'account',
      traverse: [
        {
          relationship: 'contacts',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', attribute: 'jobtitle', operator: 'contains', values: ['Manager'] },
            ],
          },
        },
      ],
    });
  });
});
