import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QueryDefinition } from './definition-types.ts';
import { nth, renderDesigner } from './designer-test-kit.tsx';

const oneBlock: QueryDefinition = { blocks: [{ entity: 'contact' }] };

describe('groups, related entities and behaviour rows', () => {
  it('emits a nested group with or and not', async () => {
    const { user, query } = renderDesigner({ query: oneBlock });
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    const group = screen.getByRole('group', { name: 'Group' });
    await user.selectOptions(within(group).getByRole('combobox', { name: 'And/Or' }), 'Or');
    await user.click(within(group).getByRole('checkbox', { name: 'Not' }));
    await user.type(within(group).getByRole('combobox', { name: 'Select attribute' }), 'city');
    await user.click(screen.getByRole('option', { name: 'Address 1: City' }));
    await user.type(within(group).getByRole('textbox', { name: 'Enter text' }), 'Atlantis');
    await user.click(within(group).getByRole('button', { name: 'Add row' }));
    const rows = within(group).getAllByRole('combobox', { name: 'Select attribute' });
    await user.type(nth(rows, 1), 'city');
    await user.click(screen.getByRole('option', { name: 'Address 1: City' }));
    await user.type(nth(within(group).getAllByRole('textbox', { name: 'Enter text' }), 1), 'Gotham');
    expect(query()).toEqual({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              {
                kind: 'group',
                op: 'or',
                not: true,
                children: [
                  { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
                  { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Gotham'] },
                ],
              },
            ],
          },
        },
      ],
    });
  });

  it("names the contact's account as a marketer would, with the Dynamics form as its tooltip, and emits a related account condition", async () => {
    const { user, query } = renderDesigner({ query: oneBlock });
    await user.click(screen.getByRole('button', { name: 'Add related entity' }));
    const related = screen.getByRole('group', { name: 'Related entity' });
    const picker = within(related).getByRole('combobox', { name: 'Relationship' });
    const company = within(picker).getByRole('option', { name: "Company (the contact's account)" });
    expect(company.getAttribute('title')).toBe('Account (Contact -> Account (Company Name))');
    await user.selectOptions(picker, company);
    expect(within(related).getByText('No conditions: any Account counts')).toBeTruthy();
    await user.click(within(related).getByRole('button', { name: 'Add row' }));
    await user.type(within(related).getByRole('combobox', { name: 'Select attribute' }), 'industry');
    await user.click(screen.getByRole('option', { name: 'Industry' }));
    await user.selectOptions(
      within(related).getByRole('combobox', { name: 'Select option' }),
      'Software and Technology',
    );
    expect(query().blocks[0]).toEqual({
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          {
            kind: 'related',
            relationship: 'parentcustomerid',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                { kind: 'condition', attribute: 'industrycode', operator: 'equals', values: ['software'] },
              ],
            },
          },
        ],
      },
    });
  });

  it('emits a behaviour row: at least 3 emails opened in the last 30 days', async () => {
    const { user, query } = renderDesigner({ query: oneBlock });
    await user.click(screen.getByRole('button', { name: 'Add behavior' }));
    const row = screen.getByRole('group', { name: 'Related entity' });
    expect(
      within(row).getByRole<HTMLSelectElement>('combobox', { name: 'Relationship' }).selectedOptions[0]
        ?.textContent,
    ).toBe('Interactions (interactions whose Contact is the contact)');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Select option' }), 'Email Opened');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Count' }), 'at least');
    const count = within(row).getByRole('spinbutton', { name: 'Number of interactions' });
    await user.clear(count);
    await user.type(count, '3');
    expect(within(row).getByRole<HTMLInputElement>('spinbutton', { name: 'in the last' }).value).toBe('30');
    expect(query().blocks[0]).toEqual({
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          {
            kind: 'related',
            relationship: 'interactions',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                { kind: 'condition', attribute: 'type', operator: 'equals', values: ['EmailOpened'] },
              ],
            },
            count: { operator: 'atLeast', value: 3 },
            window: { attribute: 'occurredon', last: 30, unit: 'days' },
          },
        ],
      },
    });
  });

  it('leaves out the where once the last row of a block is deleted, and says the block finds all contacts', async () => {
    const { user, query } = renderDesigner({ query: oneBlock });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    expect(screen.queryByText('No conditions: this block finds all contacts')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete row' }));
    expect(query()).toEqual({ blocks: [{ entity: 'contact' }] });
    expect(screen.getByText('No conditions: this block finds all contacts')).toBeTruthy();
  });

  it('keeps an emptied nested group, and says it must get a row or go', async () => {
    const { user, query } = renderDesigner({ query: oneBlock });
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    const group = screen.getByRole('group', { name: 'Group' });
    await user.click(within(group).getByRole('button', { name: 'Delete row' }));
    expect(within(group).getByText('This group is empty: add a row or delete the group.')).toBeTruthy();
    expect(query().blocks[0]).toMatchObject({ where: { children: [{ kind: 'group', children: [] }] } });
    await user.click(within(group).getByRole('button', { name: 'Delete group' }));
    expect(query()).toEqual({ blocks: [{ entity: 'contact' }] });
  });
});
