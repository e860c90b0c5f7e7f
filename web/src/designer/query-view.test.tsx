import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aSegment } from '../segments/test-data.ts';
import { errorReply, renderAt, stubApi, type Call, type Reply } from '../segments/test-providers.tsx';
import { SessionProvider } from '../session/index.ts';
import type { QueryDefinition } from './definition-types.ts';
import { schema } from './designer-test-kit.tsx';
import { QueryView } from './query-view.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const atlantisMql = "PROFILE(contact).FILTER(address1_city == 'Atlantis')";
const seattleMql = "PROFILE(contact)\n  .FILTER(address1_city == 'Seattle')";
const seattleQuery = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Seattle'] },
        ],
      },
    },
  ],
};

/** The saved segment "Contacts from Atlantis" (city equals Atlantis), its schema, and MQL routes. */
function segmentApi(more: Record<string, (call: Call) => Reply> = {}) {
  return stubApi({
    'GET /api/segments/seg1': () => ({ json: aSegment() }),
    'GET /api/segments': () => ({ json: { items: [], nextCursor: null } }),
    'GET /api/schema': () => ({ json: schema }),
    'POST /api/mql/print': () => ({ json: { mql: atlantisMql } }),
    'POST /api/mql/parse': () => ({ json: { query: seattleQuery } }),
    ...more,
  });
}

async function openQuery() {
  const user = userEvent.setup();
  renderAt('/segments/seg1');
  await user.click(await screen.findByRole('tab', { name: 'Query' }));
  return user;
}

const textBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Query (MQL)' });

/** The designer's rows, each with its attribute and values. */
async function designerRows() {
  await screen.findByRole('tab', { name: 'Designer', selected: true });
  return (await screen.findAllByRole('group', { name: /^Row/ })).map((row) => ({
    attribute: within(row).getByRole<HTMLInputElement>('combobox', { name: 'Select attribute' }).value,
    values: within(row)
      .queryAllByRole('button', { name: /^Remove / })
      .map((b) => b.getAttribute('aria-label')),
  }));
}

describe('the Query view of the designer', () => {
  it('shows the MQL of the current design in a labelled monospace text box', async () => {
    const api = segmentApi();
    await openQuery();
    await waitFor(() => {
      expect(textBox().value).toBe(atlantisMql);
    });
    expect(api.callsTo('POST /api/mql/print')[0]?.body).toEqual({ query: aSegment().definition.query });
    expect(textBox().readOnly).toBe(false);
    expect(textBox().className).toContain('query-text');
    // A Fluent Textarea, as the other fields of the app.
    expect(textBox().closest('.fui-Textarea')).not.toBeNull();
  });

  it('shows the MQL of unsaved changes to the design', async () => {
    const api = segmentApi();
    const user = userEvent.setup();
    renderAt('/segments/seg1');
    await user.click(await screen.findByRole('button', { name: 'Add segment block' }));
    await user.click(screen.getByRole('tab', { name: 'Query' }));
    await waitFor(() => {
      expect(api.callsTo('POST /api/mql/print')).toHaveLength(1);
    });
    const sent = api.callsTo('POST /api/mql/print')[0]?.body as { query: { blocks: unknown[] } };
    expect(sent.query.blocks).toHaveLength(2);
  });

  it('applies edited MQL: the designer shows its conditions, unsaved until Save', async () => {
    const api = segmentApi({ 'PUT /api/segments/seg1': (call) => ({ json: aSegment(call.body as object) }) });
    const user = await openQuery();
    await waitFor(() => {
      expect(textBox().value).toBe(atlantisMql);
    });
    await user.clear(textBox());
    await user.type(textBox(), seattleMql);
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(api.callsTo('POST /api/mql/parse')[0]?.body).toEqual({ mql: seattleMql });
    expect(await designerRows()).toEqual([{ attribute: 'Address 1: City', values: ['Remove Seattle'] }]);
    expect(
      screen.getByText('The query is applied to the design. Save to keep it.').getAttribute('role'),
    ).toBe('status');
    expect(screen.getByText('Unsaved changes')).toBeDefined();
    expect(api.callsTo('PUT /api/segments/seg1')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(api.callsTo('PUT /api/segments/seg1')).toHaveLength(1);
    });
    expect((api.callsTo('PUT /api/segments/seg1')[0]?.body as { query: unknown }).query).toEqual(
      seattleQuery,
    );
  });

  it('lists each problem with its line and column, marks the line, and keeps the text and the design', async () => {
    const message = 'There is no attribute "address1_cty" on contact. Did you mean address1_city?';
    segmentApi({
      'POST /api/mql/parse': () =>
        errorReply(422, 'INVALID_MQL', 'The MQL cannot be read.', [
          { code: 'MQL_UNKNOWN_ATTRIBUTE', message, path: 'mql', line: 2, column: 11 },
          { code: 'MQL_SYNTAX', message: 'A ) is missing.', path: 'mql', line: 2, column: 36 },
        ]),
    });
    const user = await openQuery();
    await waitFor(() => {
      expect(textBox().value).toBe(atlantisMql);
    });
    const typed = "PROFILE(contact)\n  .FILTER(address1_cty == 'Seattle'";
    await user.clear(textBox());
    await user.type(textBox(), typed);
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    const list = await screen.findByRole('alert');
    expect(list.textContent).toContain('The query has 2 problems; the design is unchanged');
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([`Line 2, column 11: ${message}`, 'Line 2, column 36: A ) is missing.']);
    expect(textBox().value).toBe(typed);
    expect(textBox().getAttribute('aria-invalid')).toBe('true');
    expect(textBox().getAttribute('aria-describedby')).toContain(list.id);
    expect(screen.getByText('⚠ 2').className).toContain('query-line-problem');
    expect(screen.queryByText('⚠ 1')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Query', selected: true })).toBeDefined();

    // The problem's button puts the cursor at its line and column.
    await user.click(within(list).getByRole('button', { name: /^Line 2, column 11/ }));
    expect(document.activeElement).toBe(textBox());
    expect(textBox().selectionStart).toBe(typed.indexOf('address1_cty'));

    // The design is as it was.
    await user.click(screen.getByRole('tab', { name: 'Designer' }));
    expect(await designerRows()).toEqual([{ attribute: 'Address 1: City', values: ['Remove Atlantis'] }]);
  });

  it('keeps text not applied yet across tabs, and Discard changes shows the design again', async () => {
    segmentApi();
    const user = await openQuery();
    await waitFor(() => {
      expect(textBox().value).toBe(atlantisMql);
    });
    await user.type(textBox(), '\nUNION\nSEGMENT(VIP)');
    await user.click(screen.getByRole('tab', { name: 'Designer' }));
    await user.click(screen.getByRole('tab', { name: 'Query' }));
    expect(textBox().value).toBe(`${atlantisMql}\nUNION\nSEGMENT(VIP)`);
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(textBox().value).toBe(atlantisMql);
  });

  it('lets a query be pasted when the design cannot be printed, naming its problems', async () => {
    segmentApi({
      'POST /api/mql/print': () =>
        errorReply(422, 'INVALID_DEFINITION', 'The query is not valid.', [
          {
            code: 'UNKNOWN_ATTRIBUTE',
            message: 'Contact has no attribute "shoe_size".',
            path: 'query.blocks[0].where.children[0].attribute',
          },
        ]),
    });
    const user = await openQuery();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The design has problems, so it cannot be shown as MQL');
    expect(alert.textContent).toContain('Contact has no attribute "shoe_size".');
    expect(textBox().value).toBe('');
    expect(textBox().readOnly).toBe(false);
    await user.click(textBox());
    await user.paste(seattleMql);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await designerRows()).toEqual([{ attribute: 'Address 1: City', values: ['Remove Seattle'] }]);
  });

  it('is used by keyboard alone: arrow to the Query tab, type, Ctrl+Enter applies', async () => {
    const api = segmentApi();
    const user = userEvent.setup();
    renderAt('/segments/seg1');
    const designer = await screen.findByRole('tab', { name: 'Designer' });
    designer.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Query', selected: true })).toBe(document.activeElement);
    await waitFor(() => {
      expect(textBox().value).toBe(atlantisMql);
    });
    await user.tab();
    expect(document.activeElement).toBe(textBox());
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => {
      expect(api.callsTo('POST /api/mql/parse')[0]?.body).toEqual({ mql: atlantisMql });
    });
    expect(await designerRows()).toEqual([{ attribute: 'Address 1: City', values: ['Remove Seattle'] }]);
    // The Designer tab, now shown, takes the focus.
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Designer', selected: true }));
  });
});

describe('the Query view of a new segment', () => {
  it('starts empty without asking the server, and takes a pasted Dynamics query', async () => {
    const api = stubApi({
      'GET /api/segments': () => ({ json: { items: [], nextCursor: null } }),
      'GET /api/schema': () => ({ json: schema }),
      'GET /api/templates': () => ({ json: { items: [] } }),
      'POST /api/mql/parse': () => ({ json: { query: seattleQuery } }),
    });
    const user = userEvent.setup();
    renderAt('/segments/new/dynamic');
    await user.click(await screen.findByRole('tab', { name: 'Query' }));
    expect(textBox().value).toBe('');
    expect(screen.getByText(/No query blocks yet: paste a segment query/)).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Apply' }).disabled).toBe(true);
    await user.click(textBox());
    await user.paste(seattleMql);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await designerRows()).toEqual([{ attribute: 'Address 1: City', values: ['Remove Seattle'] }]);
    expect(api.callsTo('POST /api/mql/print')).toHaveLength(0);
  });
});

describe('a read-only Query view', () => {
  it('shows the MQL without Apply, and the text cannot be changed', async () => {
    segmentApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <SessionProvider initialToken="test-token">
          <QueryView
            query={seattleQuery as QueryDefinition}
            readOnly
            edit={undefined}
            onEdit={() => undefined}
            onApply={() => undefined}
          />
        </SessionProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => {
      expect(textBox().value).toBe(atlantisMql);
    });
    expect(textBox().readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
  });
});
