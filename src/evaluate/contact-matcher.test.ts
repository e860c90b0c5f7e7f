import { describe, expect, it } from 'vitest';
import { conformanceCases } from '../../test/conformance/cases/index.ts';
import { conformanceSchema } from '../../test/conformance/conformance-schema.ts';
import { fixture, now, storedSegments } from '../../test/conformance/fixture.ts';
import { parseDefinition } from '../definition/index.ts';
import { contactMatcher } from './contact-matcher.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import { isMatch } from './evaluate-query.ts';
import { InMemoryRecords } from './in-memory-records.ts';

const context: EvaluationContext = {
  schema: conformanceSchema,
  records: new InMemoryRecords(fixture),
  now,
  isMember: (segment, contactId) => storedSegments[segment]?.includes(contactId) ?? false,
};
const contactIds = fixture.contact.map((c) => c.id);

describe('the prepared contact matcher', () => {
  it('selects exactly the contacts isMatch selects on every conformance case it covers', () => {
    let covered = 0;
    for (const c of conformanceCases) {
      const timeZone = c.timeZone ?? 'UTC';
      const parsed = parseDefinition({ name: c.name, timeZone, query: c.query });
      if (!parsed.ok || !parsed.value.query) return expect.fail(`${c.name} does not parse`);
      const query = parsed.value.query;
      const match = contactMatcher(query, timeZone, conformanceSchema);
      if (!match) continue;
      covered += 1;
      const expected = contactIds.filter((id) => isMatch(query, timeZone, id, context));
      expect([...match(contactIds, context)].sort(), c.name).toEqual(expected.sort());
    }
    // Everything but the blocks with traverse hops.
    expect(covered).toBeGreaterThan(conformanceCases.length * 0.8);
  });

  it('leaves queries whose blocks walk from another entity to isMatch', () => {
    const parsed = parseDefinition({
      name: 'accounts',
      query: { blocks: [{ entity: 'account', traverse: [{ relationship: 'contacts' }] }] },
    });
    if (!parsed.ok || !parsed.value.query) return expect.fail('does not parse');
    expect(contactMatcher(parsed.value.query, 'UTC', conformanceSchema)).toBeUndefined();
  });
});
