import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nth, renderDesigner } from './designer-test-kit.tsx';

describe('a condition row', () => {
  it('offers Address 1: City when "city" is typed in Select attribute, then Equals and Enter text', async () => {
    const { user } = renderDesigner();
    await user.click(screen.getByRole('button', { name: 'Add query block' }));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Entity' }).value).toBe('contact');

    // The new block already has its row, whose attribute field shows the ghost text Select attribute.
    const field = screen.getByRole<HTMLInputElement>('combobox', { name: 'Select attribute' });
    expect(field.getAttribute('placeholder')).toBe('Select attribute');
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    await user.type(field, 'city');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Address 1: City']);
    await user.click(nth(options, 0));
    expect(field.value).toBe('Address 1: City');

    const operator = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Operator' });
    expect(operator.selectedOptions[0]?.textContent).toBe('Equals');
    const labels = [...operator.options].map((option) => option.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Contains', 'Begins with', 'Contains data']));
    expect(screen.getByPlaceholderText('Enter text')).toBeTruthy();
  });

  it('emits the exact condition of SEGMENTS.md for a city that equals Atlantis', async () => {
    const { user, query } = renderDesigner();
    await user.click(screen.getByRole('button', { name: 'Add query block' }));
    await user.type(screen.getByRole('combobox', { name: 'Select attribute' }), 'city');
    await user.click(screen.getByRole('option', { name: 'Address 1: City' }));
    await user.type(screen.getByRole('textbox', { name: 'Enter text' }), 'Atlantis');
    expect(query()).toEqual({
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
    });
  });

  it('turns typed values into chips with Enter, each removable by its button', async () => {
    const { user, query } = renderDesigner({
      query: {
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [{ kind: 'condition', attribute: 'lastname', operator: 'equals', values: [] }],
            },
          },
        ],
      },
    });
    const box = screen.getByRole('textbox', { name: 'Enter text' });
    await user.type(box, 'Rogers{Enter}Wayne{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Rogers' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove Wayne' })).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe('');
    expect(query().blocks[0]).toMatchObject({ where: { children: [{ values: ['Rogers', 'Wayne'] }] } });

    await user.click(screen.getByRole('button', { name: 'Remove Rogers' }));
    expect(screen.queryByRole('button', { name: 'Remove Rogers' })).toBeNull();
    expect(query().blocks[0]).toMatchObject({ where: { children: [{ values: ['Wayne'] }] } });
  });

  it('asks for a count and a unit for "Older than", as a relative period', async () => {
    const { user, query } = renderDesigner({ query: { blocks: [{ entity: 'contact' }] } });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await user.type(screen.getByRole('combobox', { name: 'Select attribute' }), 'birth');
    await user.click(screen.getByRole('option', { name: 'Birthday' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator' }), 'Older than');
    await user.type(screen.getByRole('spinbutton', { name: 'Count' }), '40');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period unit' }), 'years');
    expect(query().blocks[0]).toEqual({
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'birthdate', operator: 'olderThan', values: [40], unit: 'years' },
        ],
      },
    });
  });

  it('picks choice options from the attribute, and drops the values for Contains data', async () => {
    const { user, query } = renderDesigner({ query: { blocks: [{ entity: 'contact' }] } });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await user.type(screen.getByRole('combobox', { name: 'Select attribute' }), 'gender');
    await user.keyboard('{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Select option' }), 'Female');
    expect(screen.getByRole('button', { name: 'Remove Female' })).toBeTruthy();
    expect(query().blocks[0]).toMatchObject({
      where: { children: [{ attribute: 'gendercode', operator: 'equals', values: ['female'] }] },
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator' }), 'Contains data');
    expect(query().blocks[0]).toMatchObject({
      where: { children: [{ kind: 'condition', attribute: 'gendercode', operator: 'containsData' }] },
    });
    expect(JSON.stringify(query())).not.toContain('values');
  });
});

describe('rows that move up', () => {
  it('keep what is being typed in them when a row above them is deleted', async () => {
    const { user, query } = renderDesigner({
      query: {
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                { kind: 'condition', attribute: 'lastname', operator: 'equals', values: ['Rogers'] },
                { kind: 'condition', attribute: 'firstname', operator: 'equals', values: [] },
              ],
            },
          },
        ],
      },
    });
    const second = nth(screen.getAllByRole('group', { name: /^Row/ }), 1);
    await user.type(within(second).getByRole('textbox', { name: 'Enter text' }), 'Ad');
    const first = nth(screen.getAllByRole('group', { name: /^Row/ }), 0);
    await user.click(within(first).getByRole('button', { name: 'Delete row' }));
    const [left] = screen.getAllByRole('group', { name: /^Row/ });
    expect(left?.getAttribute('aria-label')).toBe('Row: First Name');
    const box = within(left as HTMLElement).getByRole<HTMLInputElement>('textbox', { name: 'Enter text' });
    expect(box.value).toBe('Ad');
    expect(within(left as HTMLElement).queryByRole('button', { name: 'Remove Ad' })).toBeNull();
    await user.type(box, 'a{Enter}');
    expect(query().blocks[0]).toMatchObject({
      where: { children: [{ attribute: 'firstname', values: ['Ada'] }] },
    });
  });
});
