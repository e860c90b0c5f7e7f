import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../definition/index.ts';
import { EngineError } from '../../engine/index.ts';
import { Schema } from '../../schema/index.ts';
import { catalogOf, validateDefinition } from '../../validate/index.ts';
import { parameterListProblems } from './segment-template.ts';
import { galleryTemplate, templateGallery } from './template-gallery.ts';
import { instantiate, placeholdersOf } from './template-instantiate.ts';

const problemsOf = (run: () => unknown) => {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return error.details.map((d) => [d.code, d.path]);
  }
};

describe('the template gallery', () => {
  it('offers at least eight templates with distinct ids, each declaring the parameters it uses', () => {
    expect(templateGallery.length).toBeGreaterThanOrEqual(8);
    expect(new Set(templateGallery.map((t) => t.id)).size).toBe(templateGallery.length);
    for (const template of templateGallery) {
      expect(parameterListProblems(template.parameters)).toEqual([]);
      expect([...placeholdersOf(template.definition)].sort()).toEqual(
        template.parameters.map((p) => p.name).sort(),
      );
    }
  });

  it.each(templateGallery.map((t) => [t.id, t] as const))(
    '%s validates against the built-in schema when instantiated with its defaults',
    (_, template) => {
      const definition = instantiate(template, {});
      const parsed = parseDefinition(definition);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(validateDefinition(parsed.value, { schema: Schema.builtin(), segments: catalogOf([]) })).toEqual(
        [],
      );
      expect(JSON.stringify(definition)).not.toContain('{{');
    },
  );

  it('fills whole placeholders with typed values and splices the others into text', () => {
    const template = galleryTemplate('engaged-email-readers');
    if (!template) throw new Error('missing template');
    const definition = instantiate(template, { opens: '5', days: 14 }) as {
      name: string;
      description: string;
      query: { blocks: { where: { children: unknown[] } }[] };
    };
    expect(definition.description).toBe('Opened at least 5 emails in the last 14 days.');
    expect(definition.query.blocks[0]?.where.children[0]).toMatchObject({
      count: { operator: 'atLeast', value: 5 },
      window: { attribute: 'occurredon', last: 14, unit: 'days' },
    });
    const city = instantiate(galleryTemplate('contacts-in-city') ?? template, { city: '  Lemuria ' }) as {
      name: string;
    };
    expect(city.name).toBe('Contacts in Lemuria');
  });

  it('reports every bad value: unknown, wrong type, not an option, and what validation finds', () => {
    const engaged = galleryTemplate('engaged-email-readers');
    const kind = galleryTemplate('recent-interaction-type');
    if (!engaged || !kind) throw new Error('missing template');
    expect(problemsOf(() => instantiate(engaged, { opens: 'many', colour: 'red' }))).toEqual([
      ['UNKNOWN_PARAMETER', 'values.colour'],
      ['INVALID_PARAMETER', 'values.opens'],
    ]);
    expect(problemsOf(() => instantiate(kind, { type: 'Telepathy' }))).toEqual([
      ['INVALID_PARAMETER', 'values.type'],
    ]);
    // A value of the right type that the definition cannot take is caught by validation, with its path.
    expect(problemsOf(() => instantiate(engaged, { days: -1 }))).toEqual([
      ['INVALID_SHAPE', 'definition.query.blocks[0].where.children[0].window.last'],
    ]);
  });

  it('asks for a parameter that has no default and names an undeclared placeholder', () => {
    const template = {
      parameters: [{ name: 'city', label: 'City', type: 'string' as const }],
      definition: {
        name: 'In {{city}} and {{country}}',
        type: 'dynamic',
        query: { blocks: [{ entity: 'contact' }] },
      },
    };
    expect(problemsOf(() => instantiate(template, {}))).toEqual([
      ['MISSING_PARAMETER', 'values.city'],
      ['UNKNOWN_PLACEHOLDER', 'definition'],
    ]);
  });
});
