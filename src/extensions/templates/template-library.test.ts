import { afterAll, describe, expect, it } from 'vitest';
import { cityIs, contactSegment, engineOn, membersOf } from '../../engine/engine-test-helpers.ts';
import { EngineError } from '../../engine/index.ts';
import { testBackends } from '../../store/test-backends.ts';
import { templateGallery } from './template-gallery.ts';
import {
  deleteTemplate,
  findTemplate,
  instantiateTemplate,
  listTemplates,
  saveTemplate,
} from './template-library.ts';

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EngineError)) throw new Error(`expected an EngineError, got ${String(error)}`);
  return { code: error.code, details: error.details.map((d) => [d.code, d.path]) };
};

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the template library ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('makes a draft segment from a gallery template that goes live with the right members', async () => {
      const { engine } = await engineOn(await backend.open());
      await engine.createRecord('contact', { id: 'a', address1_city: 'Lemuria' });
      await engine.createRecord('contact', { id: 'b', address1_city: 'Atlantis' });
      const segment = await instantiateTemplate(engine, 'contacts-in-city', { values: { city: 'Lemuria' } });
      expect([segment.name, segment.state]).toEqual(['Contacts in Lemuria', 'draft']);
      await engine.goLive(segment.id);
      expect(await membersOf(engine.store, segment.id)).toEqual(['a']);
      const renamed = await instantiateTemplate(engine, 'new-contacts', { name: 'Welcome journey' });
      expect(renamed.name).toBe('Welcome journey');
    });

    it('saves a segment as a template and lists it after the gallery, searchable', async () => {
      const { engine } = await engineOn(await backend.open());
      const segment = await engine.createSegment({
        ...contactSegment('Atlanteans', cityIs('Atlantis')),
        description: 'Everyone from the sunken city',
      });
      const saved = await saveTemplate(engine, { fromSegment: segment.id });
      expect(saved).toMatchObject({
        name: 'Atlanteans',
        description: 'Everyone from the sunken city',
        category: 'Saved',
        source: 'saved',
        parameters: [],
      });
      const all = await listTemplates(engine);
      expect(all).toHaveLength(templateGallery.length + 1);
      expect(all.at(-1)?.id).toBe(saved.id);
      expect((await listTemplates(engine, { search: 'SUNKEN' })).map((t) => t.id)).toEqual([saved.id]);
      expect((await listTemplates(engine, { search: 'birthday' })).map((t) => t.id)).toEqual([
        'birthdays-next-week',
      ]);
      const copy = await instantiateTemplate(engine, saved.id);
      expect(copy.definition).toEqual(segment.definition);
      expect(copy.id).not.toBe(segment.id);
    });

    it('saves a parameterised definition and fills it when instantiated', async () => {
      const { engine } = await engineOn(await backend.open());
      await engine.createRecord('contact', { id: 'kid', numberofchildren: 4 });
      const saved = await saveTemplate(engine, {
        name: 'Big families',
        parameters: [{ name: 'children', label: 'At least … children', type: 'integer', default: 3 }],
        definition: contactSegment('Families with {{children}}+ children', {
          kind: 'group',
          op: 'and',
          children: [
            {
              kind: 'condition',
              attribute: 'numberofchildren',
              operator: 'greaterOrEqual',
              values: ['{{children}}'],
            },
          ],
        }),
      });
      expect((await findTemplate(engine, saved.id)).parameters).toHaveLength(1);
      const segment = await instantiateTemplate(engine, saved.id, { values: { children: 4 } });
      expect(segment.name).toBe('Families with 4+ children');
      await engine.goLive(segment.id);
      expect(await membersOf(engine.store, segment.id)).toEqual(['kid']);
    });

    it('refuses a template that would not work, a missing segment and unknown ids', async () => {
      const { engine } = await engineOn(await backend.open());
      expect(
        await failure(
          saveTemplate(engine, {
            name: 'Bad attribute',
            definition: contactSegment('Bad', {
              kind: 'group',
              op: 'and',
              children: [{ kind: 'condition', attribute: 'citty', operator: 'equals', values: ['x'] }],
            }),
          }),
        ),
      ).toMatchObject({
        code: 'INVALID_DEFINITION',
        details: [['UNKNOWN_ATTRIBUTE', 'definition.query.blocks[0].where.children[0].attribute']],
      });
      expect(
        await failure(
          saveTemplate(engine, {
            name: ' ',
            definition: 'text',
            parameters: [{ name: '1x', label: 'X', type: 'string' }],
          }),
        ),
      ).toEqual({
        code: 'INVALID_DEFINITION',
        details: [
          ['INVALID_PARAMETER_NAME', 'parameters[0].name'],
          ['MISSING_NAME', 'name'],
          ['INVALID_DEFINITION', 'definition'],
        ],
      });
      expect((await failure(saveTemplate(engine, { fromSegment: 'nope' }))).code).toBe('NOT_FOUND');
      expect((await failure(instantiateTemplate(engine, 'nope'))).code).toBe('NOT_FOUND');
      expect(
        await failure(instantiateTemplate(engine, 'engaged-email-readers', { values: { opens: 'x' } })),
      ).toEqual({
        code: 'INVALID_DEFINITION',
        details: [['INVALID_PARAMETER', 'values.opens']],
      });
      expect((await failure(deleteTemplate(engine, 'new-contacts'))).code).toBe('WRONG_STATE');
      expect((await failure(deleteTemplate(engine, 'nope'))).code).toBe('NOT_FOUND');
    });
  });
}
