import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nth, renderDesigner } from './designer-test-kit.tsx';

describe('keyboard and read-only use', () => {
  it('builds a condition with the keyboard alone', async () => {
    const { user, query } = renderDesigner();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add query block' }));
    await user.keyboard('{Enter}');
    // The new block comes with its row, whose Select attribute takes the focus.
    const field = screen.getByRole('combobox', { name: 'Select attribute' });
    expect(document.activeElement).toBe(field);
    await user.keyboard('city');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowDown}{Enter}');
    expect((field as HTMLInputElement).value).toBe('Address 1: City');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Operator' }));
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Enter text' }));
    await user.keyboard('Atlantis');
    expect(query().blocks[0]).toMatchObject({
      where: { children: [{ attribute: 'address1_city', values: ['Atlantis'] }] },
    });
  });

  it('moves through the attribute list with the arrow keys, and Escape closes it', async () => {
    const { user } = renderDesigner({ query: { blocks: [{ entity: 'contact' }] } });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    const field = screen.getByRole('combobox', { name: 'Select attribute' });
    await user.type(field, 'name');
    const options = within(screen.getByRole('listbox', { name: 'Attributes' })).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    // The first match is the active option (Fluent's Combobox says so through aria-activedescendant).
    expect(field.getAttribute('aria-activedescendant')).toBe(nth(options, 0).id);
    await user.keyboard('{ArrowDown}');
    expect(field.getAttribute('aria-activedescendant')).toBe(nth(options, 1).id);
    await user.keyboard('{Escape}');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('shows a read-only query with disabled controls and no way to edit', () => {
    renderDesigner({
      readOnly: true,
      query: {
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
      },
    });
    expect(screen.queryByRole('button', { name: 'Add query block' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add row' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete row' })).toBeNull();
    const field = screen.getByRole<HTMLInputElement>('combobox', { name: 'Select attribute' });
    expect(field.disabled).toBe(true);
    expect(field.value).toBe('Address 1: City');
    expect(screen.getByText('Atlantis')).toBeTruthy();
  });
});
