import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, stubApi } from '../segments/test-providers.tsx';
import { SessionProvider } from '../session/index.ts';
import type { QueryDefinition } from './definition-types.ts';
import { schema } from './designer-test-kit.tsx';
import { QueryView } from './query-view.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A draft whose second row has no attribute yet. */
const draft = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
          { kind: 'condition', attribute: '', operator: '', values: [] },
        ],
      },
    },
  ],
} as QueryDefinition;

describe('the Query view of an unfinished draft', () => {
  it('names the unfinished row with a placeholder, not an empty attribute', async () => {
    stubApi({
      'GET /api/schema': () => ({ json: schema }),
      'POST /api/mql/print': () =>
        errorReply(422, 'INVALID_DEFINITION', 'The query is not valid.', [
          {
            code: 'INCOMPLETE',
            message: 'Select an attribute for this row.',
            path: 'query.blocks[0].where.children[1].attribute',
          },
        ]),
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <SessionProvider initialToken="test-token">
          <QueryView query={draft} edit={undefined} onEdit={() => undefined} onApply={() => undefined} />
        </SessionProvider>
      </QueryClientProvider>,
    );
    expect(
      await screen.findByText('Block 1, row “(attribute not chosen)”: Select an attribute for this row.'),
    ).toBeDefined();
    expect(screen.getByRole('alert').textContent).not.toMatch(/row “”|row ""/);
  });
});
