import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExplanationTree } from './explanation-tree.tsx';
import { contactBlock } from './contacts-test-kit.tsx';
import type { ConditionOutcome, RelatedOutcome } from '../api/index.ts';

const industry: ConditionOutcome = {
  kind: 'condition',
  path: 'query.blocks[0].where.children[0].where.children[0]',
  entity: 'account',
  attribute: 'industrycode',
  displayName: 'Industry',
  operator: 'equals',
  operatorLabel: 'Equals',
  values: ['accounting'],
  actual: 'agriculture',
  matched: false,
};

const company = (fields: Partial<RelatedOutcome>): RelatedOutcome => ({
  kind: 'related',
  path: 'query.blocks[0].where.children[0]',
  relationship: 'parentcustomerid',
  displayName: 'Company Name',
  entity: 'account',
  reached: 1,
  count: 0,
  required: { operator: 'atLeast', value: 1 },
  matched: false,
  ...fields,
});

const labels = (_entity: string, _attribute: string, value: string | number | boolean) =>
  ({ accounting: 'Accounting', agriculture: 'Agriculture' })[String(value)] ?? String(value);

function renderTree(children: readonly (ConditionOutcome | RelatedOutcome)[]) {
  render(<ExplanationTree blocks={[contactBlock(children)]} segmentName={(id) => id} valueLabel={labels} />);
}

describe('the explanation of a membership', () => {
  it('reads a related condition as a sentence, with what the related record has', () => {
    const example = {
      entity: 'account',
      id: 'a1',
      matched: false,
      where: {
        kind: 'group' as const,
        path: 'query.blocks[0].where.children[0].where',
        op: 'and' as const,
        not: false,
        matched: false,
        children: [industry],
      },
    };
    renderTree([company({ example })]);
    expect(
      screen.getByText('Has at least 1 account whose Industry is Accounting; it has 0 such (of 1 account)'),
    ).toBeTruthy();
    expect(screen.getByText("Industry is Accounting; this account's is Agriculture")).toBeTruthy();
  });

  it('says a contact with no related record has none, naming the relationship', () => {
    renderTree([company({ reached: 0 })]);
    expect(screen.getByText('Has at least 1 account as its Company Name; it has none')).toBeTruthy();
    expect(screen.queryByText(/count\)/)).toBeNull();
  });

  it('counts interactions in a window, in the plural', () => {
    renderTree([
      company({
        relationship: 'interactions',
        displayName: 'Interactions',
        entity: 'interaction',
        reached: 3,
        count: 1,
        required: { operator: 'atLeast', value: 2 },
        window: { attribute: 'occurredon', displayName: 'Occurred On', last: 30, unit: 'days' },
      }),
    ]);
    expect(
      screen.getByText('Has at least 2 interactions in the last 30 days; it has 1 such (of 3 interactions)'),
    ).toBeTruthy();
  });
});
