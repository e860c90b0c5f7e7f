import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt, stubApi, testSchema } from '../records/records-test-kit.tsx';
import { ImportPage } from './import-page.tsx';
import { fakeUpload, type FakeUpload } from './import-test-kit.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const pages = [{ path: '/import', component: ImportPage }];

async function chooseFile(text: string, entity = 'Accounts') {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Entity' }), entity);
  await user.upload(
    screen.getByLabelText('CSV file'),
    new File([text], 'accounts.csv', { type: 'text/csv' }),
  );
  return user;
}

/** Waits for the page to send its file, then runs `step` on the upload as the browser would. */
async function then(upload: FakeUpload, step: (upload: FakeUpload) => void) {
  await waitFor(() => {
    expect(upload.sent).toHaveLength(1);
  });
  act(() => {
    step(upload);
  });
}

const staffReason = 'numberofemployees: Number of Employees: expected a whole number.';

describe('the Import page', () => {
  it('maps the file’s columns to attributes, rewrites the header, and lists the rejected rows', async () => {
    stubApi({ 'GET /api/schema': () => ({ json: testSchema }) });
    const upload = fakeUpload();
    renderAt('/import', pages);
    const user = await chooseFile('Account Name,Staff,Notes\nContoso,12,"likes, beer"\nFabrikam,many,x\n');
    const name = await screen.findByRole('combobox', { name: 'Column “Account Name”' });
    expect((name as HTMLSelectElement).value).toBe('name');
    const staff = screen.getByRole('combobox', { name: 'Column “Staff”' });
    expect((staff as HTMLSelectElement).value).toBe('');
    await user.selectOptions(staff, 'Number of Employees (numberofemployees)');
    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    await then(upload, (u) => {
      u.uploaded(1);
      u.line({
        result: { created: 1, updated: 0, rejected: [{ line: 3, reason: staffReason }], rejectedCount: 1 },
      });
      u.finish();
    });
    const result = await screen.findByRole('region', { name: 'Result' });
    expect(within(result).getByRole('status').textContent).toContain('1 created, 0 updated, 1 rejected.');
    const rejected = within(result).getByRole('table', { name: 'Rejected rows' });
    expect(within(rejected).getAllByRole('row')[1]?.textContent).toBe(`3${staffReason}`);
    const [sent] = upload.sent;
    expect(sent?.url).toBe('/api/import/account');
    expect(sent?.headers['content-type']).toBe('text/csv');
    expect(sent?.headers.authorization).toBe('Bearer test-token');
    expect(sent?.body).toBe('name,numberofemployees\nContoso,12\nFabrikam,many\n');
  });

  it('shows the bytes sent, then the rows the server has imported so far, then the result', async () => {
    stubApi({ 'GET /api/schema': () => ({ json: testSchema }) });
    const upload = fakeUpload();
    renderAt('/import', pages);
    const user = await chooseFile('name,numberofemployees\nContoso,12\nFabrikam,many\nNorthwind,40\n');
    await user.click(await screen.findByRole('button', { name: 'Import 3 rows' }));
    expect(upload.sent[0]?.headers.accept).toContain('application/x-ndjson');
    const bar = () => screen.getByRole('progressbar');

    await then(upload, (u) => {
      u.uploaded(0.5);
    });
    expect(await screen.findByText('50% sent')).toBeDefined();
    const sentBody = upload.sent[0]?.body ?? '';
    expect(bar().getAttribute('aria-valuenow')).toBe(String(Math.round(sentBody.length / 2)));

    await then(upload, (u) => {
      u.uploaded(1);
    });
    expect(await screen.findByText('Sent; the server is loading the rows…')).toBeDefined();

    await then(upload, (u) => {
      u.line({ progress: { rows: 2, created: 1, updated: 0, rejected: 1, bytes: 40 } });
    });
    const words = await screen.findByText('2 of 3 rows imported: 1 created, 0 updated, 1 rejected so far.');
    expect(words.getAttribute('role')).toBe('status');
    expect(bar().getAttribute('aria-valuenow')).toBe('2');
    expect(bar().getAttribute('aria-valuemax')).toBe('3');

    await then(upload, (u) => {
      u.line({ progress: { rows: 3, created: 2, updated: 0, rejected: 1, bytes: 53 } });
      u.line({
        result: { created: 2, updated: 0, rejected: [{ line: 3, reason: staffReason }], rejectedCount: 1 },
      });
      u.finish();
    });
    const result = await screen.findByRole('region', { name: 'Result' });
    expect(within(result).getByRole('status').textContent).toContain('2 created, 0 updated, 1 rejected.');
    const rejected = within(result).getByRole('table', { name: 'Rejected rows' });
    expect(within(rejected).getAllByRole('row')[1]?.textContent).toBe(`3${staffReason}`);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows why a file was refused, naming each problem', async () => {
    stubApi({ 'GET /api/schema': () => ({ json: testSchema }) });
    const upload = fakeUpload();
    renderAt('/import', pages);
    const user = await chooseFile('name\nContoso\n');
    await user.click(await screen.findByRole('button', { name: 'Import 1 row' }));
    await then(upload, (u) => {
      u.finish({
        status: 422,
        body: {
          error: {
            code: 'INVALID_HEADER',
            message: 'The header row is not valid.',
            details: [{ code: 'UNKNOWN_COLUMN', message: 'Column 2 "id" is not unique.', path: 'header[1]' }],
          },
        },
      });
    });
    const alert = await screen.findByRole('alert');
    await waitFor(() => {
      expect(alert.textContent).toContain('The file was not imported: The header row is not valid.');
    });
    expect(alert.textContent).toContain('Column 2 "id" is not unique.');
  });

  it('says how far an import got when it stopped part way', async () => {
    stubApi({ 'GET /api/schema': () => ({ json: testSchema }) });
    const upload = fakeUpload();
    renderAt('/import', pages);
    const user = await chooseFile('name\nContoso\nFabrikam\nNorthwind\n');
    await user.click(await screen.findByRole('button', { name: 'Import 3 rows' }));
    await then(upload, (u) => {
      u.uploaded(1);
      u.line({ progress: { rows: 2, created: 2, updated: 0, rejected: 0, bytes: 30 } });
      u.line({ error: { code: 'BUSY', message: 'The database is busy with other work.' } });
      u.finish();
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The import stopped after 2 rows (2 created, 0 updated, which stay): The database is busy with other work.',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
