// A stand-in for the designer in tests: one button that sets a known query, and the problems it got.
import type { QueryDefinition, SegmentDesignerProps } from '../designer/index.ts';

/** The query the fake designer's **Use sample query** button sets. */
export const sampleQuery: QueryDefinition = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
        ],
      },
    },
  ],
};

/** The designer module as tests mock it (`vi.mock('../designer/index.ts', ...)`). */
export const fakeDesignerModule = {
  emptyQuery: () => ({ blocks: [] }),
  QueryView: () => <p>Query view</p>,
  SegmentDesigner: ({ query, onChange, problems }: SegmentDesignerProps) => (
    <div data-testid="designer" data-blocks={query.blocks.length}>
      <button
        type="button"
        onClick={() => {
          onChange(sampleQuery);
        }}
      >
        Use sample query
      </button>
      <ul aria-label="Designer problems">
        {problems.map((p) => (
          <li key={`${p.path}${p.code}`}>{`${p.path}: ${p.message}`}</li>
        ))}
      </ul>
    </div>
  ),
};
