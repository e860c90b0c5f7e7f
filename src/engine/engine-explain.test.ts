import { afterAll, describe, expect, it } from 'vitest';
import { formatExplanation } from '../evaluate/index.ts';
import { testBackends } from '../store/test-backends.ts';
import { and, condition, contactSegment, engineOn } from './engine-test-helpers.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`explain ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('says why a contact is a member, reading its account and interactions', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const account = await engine.createRecord('account', { name: 'Hops', industrycode: 'brewing' });
      const yes = await engine.createRecord('contact', { firstname: 'Yes', parentcustomerid: account.id });
      const no = await engine.createRecord('contact', { firstname: 'No' });
      await engine.createRecord('interaction', {
        contactid: yes.id,
        type: 'EventCheckIn',
        occurredon: '2026-03-09T10:00:00Z',
      });
      const segment = await engine.createSegment(
        contactSegment(
          'Brewers who checked in',
          and(
            {
              kind: 'related',
              relationship: 'parentcustomerid',
              where: and(condition('industrycode', 'equals', ['brewing'])),
            },
            {
              kind: 'related',
              relationship: 'interactions',
              where: and(condition('type', 'equals', ['EventCheckIn'])),
            },
          ),
        ),
      );
      await engine.goLive(segment.id);
      const member = await engine.explain(segment.id, yes.id);
      expect(member).toMatchObject({ member: true, override: null, explanation: { member: true } });
      const outsider = await engine.explain(segment.id, no.id);
      expect(outsider).toMatchObject({ member: false, explanation: { member: false } });
      const lines = outsider.explanation ? formatExplanation(outsider.explanation) : [];
      expect(lines.join('\n')).toMatch(/Company Name/);
      await expect(engine.explain(segment.id, 'nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
