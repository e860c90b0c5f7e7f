/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/**
 * Issue 13, section 2, end to end: a marketer coming from Dynamics opens a segment, switches to the
 * Query tab, pastes the segment query Dynamics held for it (women in Redmond, written with an alias as
 * Dynamics writes it), applies it, sees the designer show its conditions, saves, goes live and sees
 * the members.
 */

const dynamicsQuery = [
  'PROFILE(contact, contact_1)',
  "    .FILTER(contact_1.address1_city == 'Redmond' && contact_1.gendercode == 2)",
].join('\n');

/** The same query as first pasted, with the attribute misspelt on line 2. */
const misspelt = dynamicsQuery.replace('address1_city', 'address1_cty');

const contacts = [
  { firstname: 'Rita', lastname: 'Rainier', address1_city: 'Redmond', gendercode: 'female', member: true },
  { firstname: 'Nora', lastname: 'North', address1_city: 'Redmond', gendercode: 'female', member: true },
  { firstname: 'Rob', lastname: 'Rainier', address1_city: 'Redmond', gendercode: 'male', member: false },
  { firstname: 'Fiona', lastname: 'Fargo', address1_city: 'Fargo', gendercode: 'female', member: false },
];

describe('the Query view in headless chromium', () => {
  const session = browserAndServer();

  it('takes a pasted Dynamics segment query, shows it in the designer, and goes live with its members', async () => {
    const { server } = session;
    for (const { firstname, lastname, address1_city, gendercode } of contacts)
      await server.api('POST', '/api/contacts', { firstname, lastname, address1_city, gendercode });
    const segment = await server.api<{ id: string }>('POST', '/api/segments', {
      name: 'Women in Redmond',
      type: 'dynamic',
    });
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'query-view-failed');
    });
    await signIn(page, server);

    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('link', { name: 'Women in Redmond' }).click();
    await page.waitForURL(new RegExp(`/segments/${segment.id}$`));
    await page.getByRole('tab', { name: 'Query' }).click();
    const text = page.getByRole('textbox', { name: 'Query (MQL)' });
    expect(await text.inputValue()).toBe('');

    // Pasted with a misspelt attribute: the problem is listed at its line and column, the line marked.
    await text.click();
    await page.keyboard.insertText(misspelt);
    await page.getByRole('button', { name: 'Apply' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'The query has a problem' });
    await problems.getByRole('button', { name: /^Line 2, column \d+: .*address1_cty/ }).waitFor();
    await page.getByText('⚠ 2', { exact: true }).waitFor();
    expect(await text.inputValue()).toBe(misspelt);
    await screenshot(page, 'query-view-problem');

    // Pasted as Dynamics held it: applied, the designer shows the conditions.
    await text.fill('');
    await page.keyboard.insertText(dynamicsQuery);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('tab', { name: 'Designer', selected: true }).waitFor();
    await page.getByText('The query is applied to the design. Save to keep it.').waitFor();
    const attributes = page.getByRole('tabpanel').getByRole('combobox', { name: 'Select attribute' });
    await attributes.first().waitFor();
    expect(await attributes.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual([
      'Address 1: City',
      'Gender',
    ]);
    await page.getByRole('tabpanel').getByRole('button', { name: 'Remove Redmond' }).waitFor();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Remove Female' }).waitFor();
    await screenshot(page, 'query-view-applied');

    const commands = page.getByRole('toolbar', { name: 'Segment commands' });
    await commands.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Unsaved changes').waitFor({ state: 'detached' });
    await commands.getByRole('button', { name: 'Go Live' }).click();
    await commands.getByRole('button', { name: 'Stop' }).waitFor();
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Rita Rainier' }).waitFor();
    const shown = await page
      .getByRole('tabpanel')
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector('td')?.textContent.trim() ?? ''));
    const expected = contacts.filter((c) => c.member).map((c) => `${c.firstname} ${c.lastname}`);
    expect(shown.sort()).toEqual(expected.sort());
    await screenshot(page, 'query-view-members');

    // Saved as the query the text means, and printed back as MQL on the Query tab.
    await page.getByRole('tab', { name: 'Query' }).click();
    await expect.poll(() => text.inputValue()).toContain("address1_city == 'Redmond'");
    expect(errors).toEqual([]);
  });
});
