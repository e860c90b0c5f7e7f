import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleQuery } from './fake-designer.tsx';
import { aSegment, templates } from './test-data.ts';
import { errorReply, renderAt, stubApi, type Call } from './test-providers.tsx';

vi.mock('../designer/index.ts', async () => (await import('./fake-designer.tsx')).fakeDesignerModule);

afterEach(() => {
  vi.unstubAllGlobals();
});

const problems = [
  {
    code: 'UNKNOWN_ATTRIBUTE',
    message: 'Contact has no attribute "shoe_size".',
    path: 'query.blocks[0].where.children[0].attribute',
  },
  { code: 'EMPTY_GROUP', message: 'A group needs at least one condition.', path: 'query.blocks[1].where' },
];

function saved(call: Call) {
  const body = call.body as { name: string };
  return { status: 201, json: aSegment({ id: 'seg9', name: body.name }) };
}

async function skipTemplates() {
  const dialog = await screen.findByRole('dialog', { name: 'Segment Templates' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Skip' }));
}

describe('a new dynamic segment', () => {
  it('fills the page from a template with the parameter values given, and creates nothing until Save', async () => {
    const api = stubApi({
      'GET /api/templates': () => ({ json: { items: templates } }),
      'POST /api/segments': saved,
      'GET /api/segments/seg9': () => ({
        json: aSegment({ id: 'seg9', name: 'New contacts (last 14 days)' }),
      }),
    });
    const { currentPath } = renderAt('/segments/new/dynamic');
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Segment Templates' });
    await user.click(await within(dialog).findByRole('button', { name: 'New contacts' }));
    const days = within(dialog).getByLabelText('Created in the last … days');
    expect((days as HTMLInputElement).value).toBe('30');
    await user.clear(days);
    await user.type(days, '14');
    await user.click(within(dialog).getByRole('button', { name: 'Use template' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' }).value).toBe(
      'New contacts (last 14 days)',
    );
    expect(
      screen
        .getByText('Filled in from the template “New contacts”. Nothing is saved until you select Save.')
        .getAttribute('role'),
    ).toBe('status');
    expect(screen.getByTestId('designer').getAttribute('data-blocks')).toBe('1');
    expect(api.calls.filter((call) => call.method !== 'GET')).toEqual([]);
    expect(currentPath()).toBe('/segments/new/dynamic');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeDefined();
    expect(api.callsTo('POST /api/segments')[0]?.body).toEqual({
      name: 'New contacts (last 14 days)',
      type: 'dynamic',
      description: 'Contacts created in the last 14 days.',
      timeZone: 'UTC',
      query: {
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                { kind: 'condition', attribute: 'createdon', operator: 'inLast', values: [14], unit: 'days' },
              ],
            },
          },
        ],
      },
    });
    expect(currentPath()).toBe('/segments/seg9');
  });

  it('shows a template value that cannot be used beside its field', async () => {
    const api = stubApi({ 'GET /api/templates': () => ({ json: { items: templates } }) });
    renderAt('/segments/new/dynamic');
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Segment Templates' });
    await user.click(await within(dialog).findByRole('button', { name: 'New contacts' }));
    await user.clear(within(dialog).getByLabelText('Created in the last … days'));
    await user.click(within(dialog).getByRole('button', { name: 'Use template' }));
    expect(await within(dialog).findByText('Created in the last … days is needed.')).toBeDefined();
    expect(within(dialog).getByLabelText('Created in the last … days').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(api.calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('saves the definition with its Name and moves to the saved segment', async () => {
    const api = stubApi({
      'GET /api/templates': () => ({ json: { items: templates } }),
      'POST /api/segments': saved,
      'GET /api/segments/seg9': () => ({ json: aSegment({ id: 'seg9', name: 'Atlanteans' }) }),
    });
    const { currentPath } = renderAt('/segments/new/dynamic');
    const user = userEvent.setup();
    await skipTemplates();
    await user.type(screen.getByLabelText('Name'), 'Atlanteans');
    await user.click(screen.getByRole('button', { name: 'Use sample query' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeDefined();
    expect(api.callsTo('POST /api/segments')[0]?.body).toEqual({
      name: 'Atlanteans',
      type: 'dynamic',
      timeZone: 'UTC',
      query: sampleQuery,
    });
    expect(currentPath()).toBe('/segments/seg9');
    expect(screen.getByRole('tab', { name: 'Members' })).toBeDefined();
    // The page at the new address is made anew: its Save has the focus the pressed Save had.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }));
  });

  it('shows a Name problem beside the Name field when saving is refused', async () => {
    stubApi({
      'GET /api/templates': () => ({ json: { items: templates } }),
      'POST /api/segments': () =>
        errorReply(422, 'INVALID_DEFINITION', 'The segment definition is not valid.', [
          { code: 'too_small', message: 'A segment needs a name.', path: 'name' },
        ]),
    });
    renderAt('/segments/new/dynamic');
    await skipTemplates();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText('Name');
    expect(await screen.findAllByText('A segment needs a name.')).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toBe(
      'The segment definition is not valid. Fix the problem marked on this page, then try again.',
    );
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = document.getElementById(name.getAttribute('aria-describedby') ?? '');
    expect(describedBy?.textContent).toBe('A segment needs a name.');
  });

  it('saves, then goes live; a refusal shows every problem, in the designer too', async () => {
    const api = stubApi({
      'GET /api/templates': () => ({ json: { items: templates } }),
      'POST /api/segments': saved,
      'POST /api/segments/seg9/go-live': () =>
        errorReply(
          422,
          'INVALID_DEFINITION',
          '"Atlanteans" cannot go live: Contact has no attribute.',
          problems,
        ),
      'GET /api/segments/seg9': () => ({ json: aSegment({ id: 'seg9', name: 'Atlanteans' }) }),
    });
    const { currentPath } = renderAt('/segments/new/dynamic');
    const user = userEvent.setup();
    await skipTemplates();
    await user.type(screen.getByLabelText('Name'), 'Atlanteans');
    await user.click(screen.getByRole('button', { name: 'Go Live' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The segment cannot go live yet: fix the 2 problems marked on this page, then select Go Live again. It is saved, as a draft.',
    );
    const designer = within(screen.getByRole('list', { name: 'Designer problems' }));
    expect(designer.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `${problems[0]?.path}: ${problems[0]?.message}`,
      `${problems[1]?.path}: ${problems[1]?.message}`,
    ]);
    expect(api.callsTo('POST /api/segments')).toHaveLength(1);
    expect(currentPath()).toBe('/segments/seg9');
    expect(screen.getByText('Draft')).toBeDefined();
  });

  it("reports a missing name together with the query's problems when Go Live cannot even save", async () => {
    const nameProblem = { code: 'MISSING_FIELD', message: 'A segment needs a name.', path: 'name' };
    const api = stubApi({
      'GET /api/templates': () => ({ json: { items: templates } }),
      'POST /api/segments': () =>
        errorReply(422, 'INVALID_DEFINITION', 'The segment definition is not valid.', [nameProblem]),
      'POST /api/segments/validate': () => ({ json: { problems: [nameProblem, ...problems] } }),
    });
    renderAt('/segments/new/dynamic');
    const user = userEvent.setup();
    await skipTemplates();
    await user.click(screen.getByRole('button', { name: 'Use sample query' }));
    await user.click(screen.getByRole('button', { name: 'Go Live' }));
    expect(await screen.findByText('A segment needs a name.')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toBe(
      'The segment cannot go live yet: fix the 3 problems marked on this page, then select Go Live again. Your changes are not saved yet.',
    );
    const designer = within(screen.getByRole('list', { name: 'Designer problems' }));
    expect(designer.getAllByRole('listitem')).toHaveLength(2);
    expect(api.callsTo('POST /api/segments/validate')[0]?.body).toEqual({
      name: '',
      type: 'dynamic',
      timeZone: 'UTC',
      query: sampleQuery,
    });
    expect(api.callsTo('POST /api/segments/seg9/go-live')).toHaveLength(0);
  });

  it("starts in the browser's time zone", async () => {
    const resolved = Intl.DateTimeFormat().resolvedOptions();
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...resolved,
      timeZone: 'Europe/Lisbon',
    });
    stubApi({ 'GET /api/templates': () => ({ json: { items: templates } }) });
    renderAt('/segments/new/dynamic');
    await skipTemplates();
    expect(screen.getByLabelText<HTMLSelectElement>('Time zone').value).toBe('Europe/Lisbon');
    vi.restoreAllMocks();
  });

  it('goes live and shows the state Live with the member count', async () => {
    let live = false;
    stubApi({
      'GET /api/templates': () => ({ json: { items: templates } }),
      'POST /api/segments': saved,
      'POST /api/segments/seg9/go-live': () => {
        live = true;
        return { json: aSegment({ id: 'seg9', name: 'Atlanteans', state: 'live', memberCount: 2 }) };
      },
      'GET /api/segments/seg9': () => ({
        json: aSegment({
          id: 'seg9',
          name: 'Atlanteans',
          ...(live ? { state: 'live', memberCount: 2 } : {}),
        }),
      }),
    });
    renderAt('/segments/new/dynamic');
    const user = userEvent.setup();
    await skipTemplates();
    await user.type(screen.getByLabelText('Name'), 'Atlanteans');
    await user.click(screen.getByRole('button', { name: 'Go Live' }));
    expect(await screen.findByText('Live')).toBeDefined();
    expect(screen.getByText('2 members')).toBeDefined();
    expect(screen.getByText('Live with 2 members.').getAttribute('role')).toBe('status');
    // Stop, in Go Live's place on the segment's own page, has the focus the pressed Go Live had.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stop' }));
  });
});
