import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt, stubApi, testSchema } from '../records/records-test-kit.tsx';
import { ImportPage } from './import-page.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * A stand-in for XMLHttpRequest: records what is sent, reports progress, then answers `reply`; with
 * `hold`, it reports half the bytes sent and answers only when `release` is called.
 */
function fakeXhr(reply: { status: number; body: unknown }, hold = false) {
  let release: () => void = () => undefined;
  const sent: { url: string; headers: Record<string, string>; body: string }[] = [];
  class FakeXhr {
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    #url = '';
    #headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.#url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.#headers[name] = value;
    }
    send(body: string) {
      sent.push({ url: this.#url, headers: this.#headers, body });
      if (hold) {
        setTimeout(() => {
          this.upload.onprogress?.({
            loaded: body.length / 2,
            total: body.length,
            lengthComputable: true,
          } as ProgressEvent);
        }, 0);
        release = () => {
          this.status = reply.status;
          this.responseText = JSON.stringify(reply.body);
          this.onload?.();
        };
        return;
      }
      setTimeout(() => {
        this.upload.onprogress?.({
          loaded: body.length,
          total: body.length,
          lengthComputable: true,
        } as ProgressEvent);
        this.status = reply.status;
        this.responseText = JSON.stringify(reply.body);
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return Object.assign(sent, {
    release: () => {
      release();
    },
  });
}

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

describe('the Import page', () => {
  it('maps the file’s columns to attributes, rewrites the header, and lists the rejected rows', async () => {
    stubApi({ 'GET /api/schema': () => ({ json: testSchema }) });
    const sent = fakeXhr({
      status: 200,
      body: {
        created: 1,
        updated: 0,
        rejected: [{ line: 3, reason: 'numberofemployees: Number of Employees: expected a whole number.' }],
        rejectedCount: 1,
      },
    });
    renderAt('/import', pages);
    const user = await chooseFile('Account Name,Staff,Notes\nContoso,12,"likes, beer"\nFabrikam,many,x\n');
    const name = await screen.findByRole('combobox', { name: 'Column “Account Name”' });
    expect((name as HTMLSelectElement).value).toBe('name');
    const staff = screen.getByRole('combobox', { name: 'Column “Staff”' });
    expect((staff as HTMLSelectElement).value).toBe('');
    await user.selectOptions(staff, 'Number of Employees (numberofemployees)');
    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    const result = await screen.findByRole('region', { name: 'Result' });
    expect(within(result).getByRole('status').textContent).toContain('1 created, 0 updated, 1 rejected.');
    const rejected = within(result).getByRole('table', { name: 'Rejected rows' });
    expect(within(rejected).getAllByRole('row')[1]?.textContent).toBe(
      '3numberofemployees: Number of Employees: expected a whole number.',
    );
    expect(sent[0]?.url).toBe('/api/import/account');
    expect(sent[0]?.headers['content-type']).toBe('text/csv');
    expect(sent[0]?.headers.authorization).toBe('Bearer test-token');
    expect(sent[0]?.body).toBe('name,numberofemployees\nContoso,12\nFabrikam,many\n');
  });

  it('shows the upload’s progress until the server answers', async () => {
    stubApi({ 'GET /api/schema': () => ({ json: testSchema }) });
    const upload = fakeXhr(
      { status: 200, body: { created: 2, updated: 0, rejected: [], rejectedCount: 0 } },
      true,
    );
    renderAt('/import', pages);
    const user = await chooseFile('name\nContoso\nFabrikam\n');
    await user.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText('50% sent')).toBeDefined();
    const sentBody = upload[0]?.body ?? '';
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(sentBody.length / 2));
    upload.release();
    expect(await screen.findByText(/2 created, 0 updated, 0 rejected\./)).toBeDefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows why a file was refused, naming each problem', async () => {
    stubApi({ 'GET /api/schema': () => ({ json: testSchema }) });
    fakeXhr({
      status: 422,
      body: {
        error: {
          code: 'INVALID_HEADER',
          message: 'The header row is not valid.',
          details: [{ code: 'UNKNOWN_COLUMN', message: 'Column 2 "id" is not unique.', path: 'header[1]' }],
        },
      },
    });
    renderAt('/import', pages);
    const user = await chooseFile('name\nContoso\n');
    await user.click(await screen.findByRole('button', { name: 'Import 1 row' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => {
      expect(alert.textContent).toContain('The header row is not valid.');
    });
    expect(alert.textContent).toContain('Column 2 "id" is not unique.');
  });
});
