import { EngineError, validationContext, type Engine } from '../../engine/index.ts';
import { foldCase, type Problem } from '../../schema/index.ts';
import type { StoredSegment, StoredTemplate } from '../../store/index.ts';
import { parameterListProblems, type SegmentTemplate, type TemplateParameter } from './segment-template.ts';
import { galleryTemplate, templateGallery } from './template-gallery.ts';
import { instantiate } from './template-instantiate.ts';

/** The template library: the built-in gallery plus the templates users saved in the store. */

/** What saving a template takes: a definition, or the id of a segment to copy the definition of. */
export type SaveTemplateInput = {
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  readonly category?: string | undefined;
  readonly parameters?: readonly TemplateParameter[] | undefined;
} & ({ readonly definition: unknown } | { readonly fromSegment: string });

const savedCategory = 'Saved';

function fromStored(stored: StoredTemplate): SegmentTemplate {
  return {
    id: stored.id,
    name: stored.name,
    description: stored.description ?? '',
    category: stored.category,
    parameters: stored.parameters as TemplateParameter[],
    definition: stored.definition,
    source: 'saved',
    createdAt: stored.createdAt,
  };
}

/** The gallery, then the saved templates (oldest first); with `search`, those whose name or description contains it. */
export async function listTemplates(
  engine: Engine,
  options: { readonly search?: string } = {},
): Promise<SegmentTemplate[]> {
  const saved = (await engine.store.templates.list()).map(fromStored);
  const wanted = foldCase(options.search?.trim() ?? '');
  return [...templateGallery, ...saved].filter(
    (t) => wanted === '' || foldCase(t.name).includes(wanted) || foldCase(t.description).includes(wanted),
  );
}

/** A template of the gallery or a saved one, by id; NOT_FOUND when there is none. */
export async function findTemplate(engine: Engine, id: string): Promise<SegmentTemplate> {
  const found = galleryTemplate(id) ?? (await engine.store.templates.get(id));
  if (!found) throw new EngineError('NOT_FOUND', `There is no template "${id}".`);
  return 'source' in found ? found : fromStored(found);
}

/**
 * Saves a template: a definition as given, or a copy of a segment's definition ("save as template").
 * It must work: each placeholder names a parameter, and when every parameter has a default, the
 * template instantiated with them validates.
 */
export async function saveTemplate(engine: Engine, input: SaveTemplateInput): Promise<SegmentTemplate> {
  let definition: unknown;
  let segment: StoredSegment | undefined;
  if ('fromSegment' in input) {
    segment = await engine.store.segments.get(input.fromSegment);
    if (!segment) throw new EngineError('NOT_FOUND', `There is no segment "${input.fromSegment}".`);
    definition = segment.definition;
  } else {
    definition = input.definition;
  }
  const name = (input.name ?? segment?.name ?? '').trim();
  const description = input.description ?? descriptionOf(definition);
  const parameters = input.parameters ?? [];
  const problems: Problem[] = [...parameterListProblems(parameters)];
  if (name === '') problems.push({ code: 'MISSING_NAME', message: 'A template needs a name.', path: 'name' });
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition))
    problems.push({
      code: 'INVALID_DEFINITION',
      message: 'A definition is a JSON object.',
      path: 'definition',
    });
  if (problems.length > 0) {
    throw new EngineError(
      'INVALID_DEFINITION',
      `The template was not saved: ${problems[0]?.message ?? ''}`,
      problems,
    );
  }
  if (parameters.every((p) => p.default !== undefined))
    instantiate({ parameters, definition }, {}, await validationContext(engine.store));
  const stored = await engine.store.templates.create({
    name,
    description: description ?? null,
    category: input.category?.trim() || savedCategory,
    parameters,
    definition,
  });
  return fromStored(stored);
}

/** Deletes a saved template; gallery templates cannot be deleted. */
export async function deleteTemplate(engine: Engine, id: string): Promise<void> {
  if (galleryTemplate(id))
    throw new EngineError('WRONG_STATE', `"${id}" is a gallery template and cannot be deleted.`);
  if (!(await engine.store.templates.delete(id)))
    throw new EngineError('NOT_FOUND', `There is no template "${id}".`);
}

/**
 * Creates a draft segment from a template: the parameters filled from `values` (or their defaults),
 * validated, and optionally renamed.
 */
export async function instantiateTemplate(
  engine: Engine,
  id: string,
  options: { readonly values?: Readonly<Record<string, unknown>>; readonly name?: string | undefined } = {},
): Promise<StoredSegment> {
  const template = await findTemplate(engine, id);
  const definition = instantiate(template, options.values ?? {}, await validationContext(engine.store));
  const named = options.name?.trim() ? { ...(definition as object), name: options.name.trim() } : definition;
  return engine.createSegment(named);
}

function descriptionOf(definition: unknown): string | undefined {
  const description = (definition as { description?: unknown } | null)?.description;
  return typeof description === 'string' ? description : undefined;
}
