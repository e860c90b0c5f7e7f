import { parseDefinition } from '../../definition/index.ts';
import { EngineError } from '../../engine/index.ts';
import { Schema, type Problem } from '../../schema/index.ts';
import { catalogOf, validateDefinition, type ValidationContext } from '../../validate/index.ts';
import { parameterValue, type ParameterValue, type SegmentTemplate } from './segment-template.ts';

const placeholder = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const wholePlaceholder = /^\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}$/;

/** The names of the placeholders a template definition uses, each once. */
export function placeholdersOf(definition: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') for (const match of node.matchAll(placeholder)) found.add(match[1] ?? '');
    else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(definition);
  return found;
}

/** The definition with every placeholder replaced by its value. */
export function fillPlaceholders(definition: unknown, values: ReadonlyMap<string, ParameterValue>): unknown {
  if (typeof definition === 'string') {
    const whole = wholePlaceholder.exec(definition);
    if (whole) return values.get(whole[1] ?? '') ?? definition;
    return definition.replace(placeholder, (text, name: string) => {
      const value = values.get(name);
      return value === undefined ? text : String(value);
    });
  }
  if (Array.isArray(definition)) return definition.map((item) => fillPlaceholders(item, values));
  if (typeof definition === 'object' && definition !== null) {
    return Object.fromEntries(Object.entries(definition).map(([k, v]) => [k, fillPlaceholders(v, values)]));
  }
  return definition;
}

/**
 * Fills a template's parameters (given values, else defaults) and returns the segment definition,
 * validated against the schema and the segments of `context` (the built-in schema and no segments
 * by default). Every problem, with the parameters' own, is an `INVALID_DEFINITION` error.
 *
 * @example
 * instantiate(galleryTemplate('contacts-in-city'), { city: 'Atlantis' });
 * // { name: 'Contacts in Atlantis', type: 'dynamic', query: { blocks: [{ entity: 'contact', where: … }] } }
 */
export function instantiate(
  template: Pick<SegmentTemplate, 'parameters' | 'definition'>,
  values: Readonly<Record<string, unknown>>,
  context: ValidationContext = { schema: Schema.builtin(), segments: catalogOf([]) },
): unknown {
  const problems: Problem[] = [];
  const filled = new Map<string, ParameterValue>();
  for (const name of Object.keys(values)) {
    if (!template.parameters.some((p) => p.name === name))
      problems.push({
        code: 'UNKNOWN_PARAMETER',
        message: `The template has no parameter "${name}".`,
        path: `values.${name}`,
      });
  }
  for (const parameter of template.parameters) {
    const path = `values.${parameter.name}`;
    const raw = values[parameter.name] ?? parameter.default;
    if (raw === undefined || raw === '') {
      problems.push({ code: 'MISSING_PARAMETER', message: `${parameter.label} is needed.`, path });
      continue;
    }
    const checked = parameterValue(parameter, raw, path);
    if (checked.ok) filled.set(parameter.name, checked.value);
    else problems.push(checked.problem);
  }
  for (const name of placeholdersOf(template.definition)) {
    if (!template.parameters.some((p) => p.name === name))
      problems.push({
        code: 'UNKNOWN_PLACEHOLDER',
        message: `"{{${name}}}" names no parameter of the template.`,
        path: 'definition',
      });
  }
  if (problems.length > 0) throw invalid(problems);

  const definition = fillPlaceholders(template.definition, filled);
  const parsed = parseDefinition(definition);
  const found = parsed.ok ? validateDefinition(parsed.value, context) : [...parsed.problems];
  if (found.length > 0)
    throw invalid(found.map((p) => ({ ...p, path: p.path === '' ? 'definition' : `definition.${p.path}` })));
  return definition;
}

function invalid(problems: readonly Problem[]): EngineError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new EngineError(
    'INVALID_DEFINITION',
    `The template cannot be used as given: ${first?.message ?? ''} (at ${first?.path ?? ''})${more}`,
    problems,
  );
}
