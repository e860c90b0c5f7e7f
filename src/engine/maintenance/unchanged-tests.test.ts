import { describe, expect, it } from 'vitest';
import { Schema } from '../../schema/index.ts';
import type { StoredRecord, StoredSegment } from '../../store/index.ts';
import { and, condition, contactSegment, worksInBrewing } from '../engine-test-helpers.ts';
import { loadSegment } from '../live-segment.ts';
import { leavesTestsUnchanged } from './unchanged-tests.ts';

const schema = Schema.builtin();
const now = new Date('2026-03-10T17:00:00.000Z');

function segment(definition: ReturnType<typeof contactSegment>) {
  const stored: StoredSegment = {
    id: 'seg_1',
    name: definition.name,
    type: 'dynamic',
    state: 'live',
    definition,
    timeZone: 'UTC',
    memberCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    goLiveAt: '2026-01-01T00:00:00.000Z',
  };
  return loadSegment(stored, schema);
}

/** Whether the update from `before` to `after` may be skipped for `definition`'s path from `entity`. */
function skips(
  definition: ReturnType<typeof contactSegment>,
  before: StoredRecord,
  after: StoredRecord,
  entity = 'account',
) {
  const loaded = segment(definition);
  const path = loaded.dependencies.paths.find((p) => p.entity === entity);
  if (!path) throw new Error(`the segment reads no ${entity}`);
  const changed = new Set(Object.keys(after).filter((key) => before[key] !== after[key]));
  return leavesTestsUnchanged(loaded, path, before, after, changed, schema, now);
}

const account = (values: Record<string, string | number | null>): StoredRecord => ({ id: 'a1', ...values });
const related = (relationship: string, where: unknown, more: Record<string, unknown> = {}) =>
  and({ kind: 'related', relationship, where, ...more });

describe('an account update that moves no contact', () => {
  const brewing = contactSegment('Brewing staff', worksInBrewing);

  it('is skipped when the segment answers the same before and after', () => {
    expect(skips(brewing, account({ industrycode: 'retail' }), account({ industrycode: 'accounting' }))).toBe(
      true,
    );
    expect(
      skips(brewing, account({ industrycode: 'brewing' }), account({ industrycode: 'brewing', name: 'X' })),
    ).toBe(true);
  });

  it('is re-checked when the answer changes either way', () => {
    expect(skips(brewing, account({ industrycode: 'retail' }), account({ industrycode: 'brewing' }))).toBe(
      false,
    );
    expect(skips(brewing, account({ industrycode: 'brewing' }), account({ industrycode: null }))).toBe(false);
  });

  it('is re-checked when one of several tests of the account changes', () => {
    const both = contactSegment(
      'Brewers or big firms',
      and(
        worksInBrewing,
        related('parentcustomerid', and(condition('numberofemployees', 'greaterOrEqual', [1000]))),
      ),
    );
    const small = account({ industrycode: 'retail', numberofemployees: 10 });
    expect(skips(both, small, { ...small, numberofemployees: 20 })).toBe(true);
    expect(skips(both, small, { ...small, numberofemployees: 2000 })).toBe(false);
  });

  it('is re-checked when it moves a lookup, so the account links other records', () => {
    const withContact = contactSegment(
      'Brewers',
      related('parentcustomerid', and(condition('industrycode', 'equals', ['brewing']))),
    );
    expect(
      skips(
        withContact,
        account({ industrycode: 'retail', primarycontactid: 'c1' }),
        account({ industrycode: 'retail', primarycontactid: 'c2' }),
      ),
    ).toBe(false);
  });

  it('is re-checked when a test of the account reaches further, reads a window or moves with the clock', () => {
    const retail = account({ industrycode: 'retail' });
    const renamed = account({ industrycode: 'retail', name: 'Renamed' });
    const further = contactSegment(
      'Staff of accounts whose primary contact is in Paris',
      related(
        'parentcustomerid',
        and(related('primarycontactid', and(condition('address1_city', 'equals', ['Paris'])))),
      ),
    );
    expect(skips(further, retail, renamed)).toBe(false);
    const recent = contactSegment(
      'Staff of accounts created this month',
      related('parentcustomerid', and(condition('createdon', 'inLast', [30], 'days'))),
    );
    expect(skips(recent, retail, renamed)).toBe(false);
    const windowed = contactSegment(
      'Opened an email this month',
      related('interactions', and(condition('type', 'equals', ['EmailOpened'])), {
        window: { attribute: 'occurredon', last: 30, unit: 'days' },
      }),
    );
    const opened = { id: 'i1', type: 'EmailOpened', contactid: 'c1', occurredon: '2026-03-01T00:00:00.000Z' };
    const movedBack = { ...opened, occurredon: '2025-01-01T00:00:00.000Z' };
    expect(skips(windowed, opened, movedBack, 'interaction')).toBe(false);
  });

  it('is skipped for a block of accounts followed to their contacts', () => {
    const traversed = {
      name: 'Contacts of brewing accounts',
      type: 'dynamic',
      query: {
        blocks: [
          {
            entity: 'account',
            where: and(condition('industrycode', 'equals', ['brewing'])),
            traverse: [{ relationship: 'contacts' }],
          },
        ],
      },
    };
    const retail = account({ industrycode: 'retail' });
    expect(skips(traversed, retail, account({ industrycode: 'accounting' }))).toBe(true);
    expect(skips(traversed, retail, account({ industrycode: 'brewing' }))).toBe(false);
  });
});
