import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attribute, Schema } from '../api/index.ts';
import { RecordField } from './record-field.tsx';

const schema = { entities: [], operators: {} } as unknown as Schema;

const attribute = (extra: object) => ({ custom: false, computed: false, ...extra }) as unknown as Attribute;

function renderField(field: Attribute, problems: readonly string[] | undefined) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RecordField
        attribute={field}
        schema={schema}
        value={field.type === 'multichoice' ? [] : 'not a url'}
        problems={problems}
        disabled={false}
        onChange={() => undefined}
      />
    </FluentProvider>,
  );
}

/** The text of the elements an element's aria-describedby names. */
function description(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe("a record field's problem", () => {
  it('shows beside the field and describes it, without being a live alert of its own', () => {
    renderField(attribute({ name: 'websiteurl', displayName: 'Website', type: 'url' }), [
      'Website: expected a URL.',
    ]);
    const website = screen.getByLabelText('Website');
    expect(website.getAttribute('aria-invalid')).toBe('true');
    expect(description(website)).toBe('Website: expected a URL.');
    // Visible beside the field, not announced a second time: the form's summary is the alert.
    expect(screen.getByText('Website: expected a URL.')).toBeDefined();
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(document.querySelector('[aria-live]')).toBeNull();
  });

  it('does the same for a multi-choice’s group, and leaves a field with no problem undescribed', () => {
    const { unmount } = renderField(
      attribute({
        name: 'interests',
        displayName: 'Interests',
        type: 'multichoice',
        options: [{ value: 'travel', label: 'Travel' }],
      }),
      ['Interests: not an option.'],
    );
    const group = screen.getByRole('group', { name: 'Interests' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(description(group)).toBe('Interests: not an option.');
    expect(screen.queryAllByRole('alert')).toEqual([]);
    unmount();

    renderField(
      attribute({
        name: 'industrycode',
        displayName: 'Industry',
        type: 'choice',
        options: [{ value: 'brewing', label: 'Brewing' }],
      }),
      undefined,
    );
    const industry = screen.getByLabelText('Industry');
    expect(industry.getAttribute('aria-invalid')).toBeNull();
    expect(industry.getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryAllByRole('alert')).toEqual([]);
  });
});
