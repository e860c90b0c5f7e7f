import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { isEditable } from '../records/record-values.ts';
import { formSections } from './contact-fields.ts';
import { mockApi, on, renderContacts, testSchema, type Handler } from './contacts-test-kit.tsx';

/** The contact's fields come from the schema (issue 14): custom attributes and lookups included. */

const contact = testSchema.entities.find((entity) => entity.name === 'contact');
if (contact === undefined) throw new Error('the test schema has no contact');

const nancy = {
  id: 'c1',
  firstname: 'Nancy',
  lastname: 'Anderson',
  fullname: 'Nancy Anderson',
  loyaltytier: 'silver',
  parentcustomerid: 'a1',
};

const contactRoutes: Handler[] = [
  on('GET', '/api/contacts/c1', () => ({ body: nancy })),
  on('GET', '/api/contacts/c1/segments', () => ({ body: { items: [] } })),
  on('GET', '/api/segments', () => ({ body: { items: [], nextCursor: null } })),
  on('GET', '/api/contacts', () => ({ body: { items: [], total: 0, nextCursor: null } })),
];

describe("the contact form's fields", () => {
  it('are every attribute the schema lets a form edit, each once, the name fields first', () => {
    const sections = formSections(contact);
    const shown = sections.flatMap((section) => section.attributes.map((a) => a.name));
    expect([...shown].sort()).toEqual(
      contact.attributes
        .filter(isEditable)
        .map((a) => a.name)
        .sort(),
    );
    expect(shown.slice(0, 2)).toEqual(['firstname', 'lastname']);
    expect(sections[0]?.attributes.map((a) => a.name)).toContain('parentcustomerid');
    expect(sections.at(-1)).toMatchObject({ title: 'Custom fields', attributes: [{ name: 'loyaltytier' }] });
  });

  it("show a custom attribute on a contact's page, and save it when it is changed", async () => {
    const sent = mockApi([
      on('PATCH', '/api/contacts/c1', (request) => ({ body: { ...nancy, ...(request.body as object) } })),
      ...contactRoutes,
    ]);
    const user = userEvent.setup();
    renderContacts('/contacts/c1');
    const custom = await screen.findByRole('region', { name: 'Custom fields' });
    const tier = within(custom).getByLabelText<HTMLSelectElement>('Loyalty Tier');
    expect(tier.value).toBe('silver');
    await user.selectOptions(tier, 'Gold');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(sent.filter((request) => request.method === 'PATCH').map((request) => request.body)).toEqual([
      { loyaltytier: 'gold' },
    ]);
    expect(screen.getByLabelText<HTMLSelectElement>('Loyalty Tier').value).toBe('gold');
  });

  it('show a custom attribute and the Company Name picker on the New Contact page, and post both', async () => {
    const sent = mockApi([
      on('POST', '/api/contacts', (request) => ({
        status: 201,
        body: { id: 'c9', fullname: 'Dan Park', ...(request.body as object) },
      })),
      on('GET', '/api/contacts', () => ({ body: { items: [], total: 0, nextCursor: null } })),
    ]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/new');
    await user.type(await screen.findByLabelText('First Name'), 'Dan');
    await user.selectOptions(screen.getByLabelText('Loyalty Tier'), 'Gold');
    await user.type(screen.getByRole('combobox', { name: 'Company Name' }), 'cont');
    await user.click(await screen.findByRole('option', { name: 'Contoso' }));
    await user.click(screen.getByRole('button', { name: 'Save & Close' }));
    await waitFor(() => {
      expect(location()).toBe('/contacts?search=Dan%20Park');
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      firstname: 'Dan',
      parentcustomerid: 'a1',
      loyaltytier: 'gold',
    });
  });

  it("show Company Name as a picker of accounts, by the account's name, and save the account picked by its id", async () => {
    const sent = mockApi([
      on('PATCH', '/api/contacts/c1', (request) => ({ body: { ...nancy, ...(request.body as object) } })),
      ...contactRoutes,
    ]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/c1');
    const company = await screen.findByRole<HTMLInputElement>('combobox', { name: 'Company Name' });
    await waitFor(() => {
      expect(company.value).toBe('Contoso');
    });
    await user.clear(company);
    await user.type(company, 'fab');
    await waitFor(() => {
      expect(
        sent
          .filter((request) => request.url.pathname === '/api/records/account')
          .map((request) => request.url.searchParams.get('search')),
      ).toContain('fab');
    });
    await waitFor(() => {
      expect(screen.queryByRole('option', { name: 'Contoso' })).toBeNull();
    });
    await user.click(screen.getByRole('option', { name: 'Fabrikam' }));
    expect(company.value).toBe('Fabrikam');
    await user.click(screen.getByRole('button', { name: 'Save & Close' }));
    await waitFor(() => {
      expect(location()).toBe('/contacts?search=Nancy%20Anderson');
    });
    expect(sent.filter((request) => request.method === 'PATCH').map((request) => request.body)).toEqual([
      { parentcustomerid: 'a2' },
    ]);
  });
});
