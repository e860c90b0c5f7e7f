import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, renderAt, stubApi, testSchema } from '../records/records-test-kit.tsx';
import { CustomFieldsPage } from './custom-fields-page.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const pages = [{ path: '/settings/fields', component: CustomFieldsPage }];

describe('Settings › Custom fields', () => {
  it('adds a choice attribute to an entity, its name proposed from the display name', async () => {
    const api = stubApi({
      'GET /api/schema': () => ({ json: testSchema }),
      'POST /api/schema/account/attributes': (call) => ({
        status: 201,
        json: { ...(call.body as object), custom: true },
      }),
    });
    renderAt('/settings/fields', pages);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Add a custom attribute' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Entity' }), 'Account');
    await user.type(within(form).getByRole('textbox', { name: /Display name/ }), 'Loyalty Tier');
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: /^Name/ }).value).toBe('loyaltytier');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Type' }), 'Choice');
    await user.type(within(form).getByRole('textbox', { name: /Options/ }), 'gold: Gold{Enter}silver');
    await user.click(within(form).getByRole('button', { name: 'Add attribute' }));
    await waitFor(() => {
      expect(api.callsTo('POST /api/schema/account/attributes')[0]?.body).toEqual({
        name: 'loyaltytier',
        displayName: 'Loyalty Tier',
        type: 'choice',
        options: [
          { value: 'gold', label: 'Gold' },
          { value: 'silver', label: 'silver' },
        ],
      });
    });
    await waitFor(() => {
      expect(api.callsTo('GET /api/schema')).toHaveLength(2);
    });
  });

  it('shows the server’s problems beside the fields they name', async () => {
    stubApi({
      'GET /api/schema': () => ({ json: testSchema }),
      'POST /api/schema/contact/attributes': () =>
        errorReply(422, 'INVALID_ATTRIBUTE', 'The attribute was not added: 1 problem(s).', [
          { code: 'INVALID_NAME', message: 'A name starts with a letter.', path: 'name' },
        ]),
    });
    renderAt('/settings/fields', pages);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Add a custom attribute' });
    await user.type(within(form).getByRole('textbox', { name: /Display name/ }), '1st purchase');
    await user.click(within(form).getByRole('button', { name: 'Add attribute' }));
    const name = within(form).getByRole('textbox', { name: /^Name/ });
    await waitFor(() => {
      expect(name.getAttribute('aria-invalid')).toBe('true');
    });
    expect(within(form).getByText('A name starts with a letter.')).toBeDefined();
    expect(
      within(form)
        .getAllByRole('alert')
        .map((alert) => alert.textContent)
        .join(' '),
    ).toContain('The attribute was not added');
  });

  it('adds a custom entity whose records belong to a contact', async () => {
    const api = stubApi({
      'GET /api/schema': () => ({ json: testSchema }),
      'POST /api/schema/entities': (call) => ({
        status: 201,
        json: { ...(call.body as object), custom: true, attributes: [], relationships: [] },
      }),
    });
    renderAt('/settings/fields', pages);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Add a custom entity' });
    await user.type(within(form).getByRole('textbox', { name: /Entity display name/ }), 'Event Registration');
    await user.click(within(form).getByRole('button', { name: 'Add entity' }));
    await waitFor(() => {
      expect(api.callsTo('POST /api/schema/entities')[0]?.body).toEqual({
        name: 'eventregistration',
        displayName: 'Event Registration',
        pluralDisplayName: 'Event Registrations',
        primaryAttribute: 'name',
        attributes: [{ name: 'name', displayName: 'Name', type: 'string' }],
        lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
      });
    });
  });
});
