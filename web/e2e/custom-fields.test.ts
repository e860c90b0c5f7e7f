/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { overflowOf, phone, screenshotAtWidth, tabTo } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

interface SchemaAnswer {
  readonly entities: readonly {
    readonly name: string;
    readonly attributes: readonly { name: string; type: string; options?: { value: string }[] }[];
  }[];
}

/**
 * Settings › Custom fields (issue 14): a custom choice attribute on contacts and a custom entity
 * added with the keyboard, a name the server refuses shown beside its field, and the new entity's
 * records page in the navigation; the custom attribute filled in on a contact's page (with its
 * Company Name picked) and kept after a reload; at desktop and phone width.
 */
describe('Settings › Custom fields in headless chromium', () => {
  const session = browserAndServer();

  it('adds a custom attribute and a custom entity with the keyboard, with the server’s checks', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'custom-fields-failed');
    });
    await signIn(page, session.server);
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Custom fields' }),
    );
    await page.keyboard.press('Enter');
    const attribute = page.getByRole('form', { name: 'Add a custom attribute' });
    await attribute.waitFor();
    const displayName = attribute.getByRole('textbox', { name: /Display name/ });
    const name = attribute.getByRole('textbox', { name: /^Name/ });

    // A name the server refuses (one of contact's own): its message beside Name.
    await tabTo(page, displayName);
    await page.keyboard.type('City');
    await tabTo(page, name);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('address1_city');
    await page.keyboard.press('Enter');
    await attribute.locator('[aria-invalid="true"]').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');

    await tabTo(page, name);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('loyaltytier');
    await tabTo(page, displayName, { back: true });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Loyalty Tier');
    await tabTo(page, attribute.getByRole('combobox', { name: 'Type' }));
    await page.keyboard.type('Choice');
    await tabTo(page, attribute.getByRole('textbox', { name: /Options/ }));
    await page.keyboard.type('gold: Gold');
    await page.keyboard.press('Enter');
    await page.keyboard.type('silver: Silver');
    await tabTo(page, attribute.getByRole('button', { name: 'Add attribute' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('table', { name: 'Custom attributes' })
      .getByRole('cell', { name: 'loyaltytier' })
      .waitFor();

    const entity = page.getByRole('form', { name: 'Add a custom entity' });
    await tabTo(page, entity.getByRole('textbox', { name: /Entity display name/ }));
    await page.keyboard.type('Event Registration');
    await page.keyboard.press('Enter');
    const records = page.getByRole('navigation', { name: 'Records' });
    await records.getByRole('link', { name: 'Event Registrations' }).waitFor();
    await screenshotAtWidth(page, 'custom-fields');

    const schema = await session.server.api<SchemaAnswer>('GET', '/api/schema');
    const contact = schema.entities.find((e) => e.name === 'contact');
    const tier = contact?.attributes.find((a) => a.name === 'loyaltytier');
    expect(tier?.type).toBe('choice');
    expect(tier?.options?.map((o) => o.value)).toEqual(['gold', 'silver']);
    const registration = schema.entities.find((e) => e.name === 'eventregistration');
    expect(registration?.attributes.find((a) => a.name === 'contactid')?.type).toBe('lookup');

    // The new entity has its records pages at once.
    await tabTo(page, records.getByRole('link', { name: 'Event Registrations' }), { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Event Registrations' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('fills in the custom attribute, and the Company Name picker, on a contact’s page; both kept after a reload', async () => {
    // Loyalty Tier is the attribute the test above added in the app.
    const { server } = session;
    const grace = await server.api<{ id: string }>('POST', '/api/contacts', {
      firstname: 'Grace',
      lastname: 'Hopper',
    });
    const contoso = await server.api<{ id: string }>('POST', '/api/records/account', { name: 'Contoso' });
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'custom-field-on-contact-failed');
    });
    await signIn(page, server);
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('link', { name: 'Grace Hopper' }).click();
    await page.getByRole('heading', { name: /Grace Hopper/ }).waitFor();

    const tier = page
      .getByRole('region', { name: 'Custom fields' })
      .getByLabel('Loyalty Tier', { exact: true });
    await tabTo(page, tier);
    await page.keyboard.type('Gold');
    expect(await tier.inputValue()).toBe('gold');
    const company = page.getByRole('combobox', { name: 'Company Name' });
    await tabTo(page, company);
    await page.keyboard.type('Cont');
    await page.getByRole('option', { name: 'Contoso' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => company.inputValue()).toBe('Contoso');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const saved = await server.api<Record<string, unknown>>('GET', `/api/contacts/${grace.id}`);
    expect(saved).toMatchObject({ loyaltytier: 'gold', parentcustomerid: contoso.id });

    // After a reload the page shows what the server kept.
    await page.reload();
    await page.getByRole('heading', { name: /Grace Hopper/ }).waitFor();
    await expect.poll(() => tier.inputValue()).toBe('gold');
    await expect.poll(() => company.inputValue()).toBe('Contoso');
    await screenshotAtWidth(page, 'custom-field-on-contact');
    expect(errors).toEqual([]);
  });

  it('fits a phone', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    await signIn(page, session.server);
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Custom fields' })
      .click();
    await page.getByRole('form', { name: 'Add a custom entity' }).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'custom-fields');
    expect(errors).toEqual([]);
  });
});
