import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import schemaText from '../designer/test-schema.json?raw';
import { aSegment, templates } from './test-data.ts';
import { errorReply, renderAt, stubApi, type Call } from './test-providers.tsx';

// The real designer, not the fake of the other segment page tests: a draft as the designer makes it.

afterEach(() => {
  vi.unstubAllGlobals();
});

const emptyRowQuery = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [{ kind: 'condition', attribute: '', operator: '', values: [] }],
      },
    },
  ],
} as const;

const draftRoutes = (saved: () => Record<string, unknown>) => ({
  'GET /api/schema': () => ({ text: schemaText }),
  'GET /api/templates': () => ({ json: { items: templates } }),
  'GET /api/segments': () => ({ json: { items: [], nextCursor: null } }),
  'POST /api/segments': (call: Call) => ({ status: 201, json: { ...saved(), definition: call.body } }),
  'GET /api/segments/seg9': () => ({ json: saved() }),
});

describe('a draft segment', () => {
  it('saves with a row not filled in yet, as Dynamics does, and Go Live says what to choose', async () => {
    const draft = () => ({
      ...aSegment({ id: 'seg9', name: 'Atlantis' }),
      definition: { name: 'Atlantis', type: 'dynamic', timeZone: 'UTC', query: emptyRowQuery },
    });
    const api = stubApi({
      ...draftRoutes(draft),
      'POST /api/segments/seg9/go-live': () =>
        errorReply(422, 'INVALID_DEFINITION', '"Atlantis" cannot go live.', [
          {
            code: 'INCOMPLETE',
            message: 'Select an attribute for this row.',
            path: 'query.blocks[0].where.children[0].attribute',
          },
        ]),
    });
    const { currentPath } = renderAt('/segments/new/dynamic');
    const user = userEvent.setup();
    const templatesDialog = await screen.findByRole('dialog', { name: 'Segment Templates' });
    await user.click(within(templatesDialog).getByRole('button', { name: 'Skip' }));
    await user.type(screen.getByLabelText('Name'), 'Atlantis');
    await user.click(await screen.findByRole('button', { name: 'Add query block' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeDefined();
    expect((api.callsTo('POST /api/segments')[0]?.body as { query: unknown }).query).toEqual(emptyRowQuery);
    expect(currentPath()).toBe('/segments/seg9');

    await user.click(screen.getByRole('button', { name: 'Go Live' }));
    const row = await screen.findByRole('group', { name: 'Row' });
    const problem = within(row).getByRole('alert');
    expect(problem.textContent).toBe('Select an attribute for this row.');
    const attribute = within(row).getByRole('combobox', { name: 'Select attribute' });
    expect(attribute.getAttribute('aria-invalid')).toBe('true');
    expect(attribute.getAttribute('aria-describedby')).toBe(problem.id);
    expect(screen.getAllByText('Select an attribute for this row.')).toHaveLength(1);
  });
});
