import type { Problem } from '../api/index.ts';
import type { Template } from '../api/index.ts';

const placeholder = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const wholePlaceholder = /^\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}$/;

type Filled = string | number;

/** `definition` with each `{{name}}` replaced: a whole-text placeholder by its typed value. */
function fill(definition: unknown, values: ReadonlyMap<string, Filled>): unknown {
  if (typeof definition === 'string') {
    const whole = wholePlaceholder.exec(definition);
    if (whole) return values.get(whole[1] ?? '') ?? definition;
    return definition.replace(placeholder, (text, name: string) => String(values.get(name) ?? text));
  }
  if (Array.isArray(definition)) return definition.map((item) => fill(item, values));
  if (typeof definition === 'object' && definition !== null)
    return Object.fromEntries(Object.entries(definition).map(([key, value]) => [key, fill(value, values)]));
  return definition;
}

/** The outcome of filling a template: the definition for the designer, or what to fix in the form. */
export type TemplateFill =
  | { readonly ok: true; readonly definition: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * A template's definition with its parameters filled from the form's `values` (the server's
 * placeholder rules: `{{days}}` alone becomes the number, inside text it is written in). Nothing is
 * saved: the definition fills the designer, and the segment is created by **Save**. A value left
 * empty, or not a number where one is needed, is a problem at `values.<name>`, beside its field.
 *
 * @example
 * fillTemplate(newContacts, { days: '14' }); // { ok: true, definition: { name: 'New contacts (last 14 days)', … } }
 */
export function fillTemplate(template: Template, values: Readonly<Record<string, string>>): TemplateFill {
  const problems: Problem[] = [];
  const filled = new Map<string, Filled>();
  for (const parameter of template.parameters) {
    const path = `values.${parameter.name}`;
    const text = (values[parameter.name] ?? '').trim();
    if (text === '') {
      problems.push({ code: 'MISSING_PARAMETER', message: `${parameter.label} is needed.`, path });
      continue;
    }
    if (parameter.type !== 'integer' && parameter.type !== 'number') {
      filled.set(parameter.name, text);
      continue;
    }
    const number = Number(text);
    if (!Number.isFinite(number) || (parameter.type === 'integer' && !Number.isInteger(number)))
      problems.push({
        code: 'INVALID_PARAMETER',
        message: `${parameter.label} is ${parameter.type === 'integer' ? 'a whole number' : 'a number'}.`,
        path,
      });
    else filled.set(parameter.name, number);
  }
  if (problems.length > 0) return { ok: false, problems };
  const definition = fill(template.definition, filled);
  return { ok: true, definition: definition as Readonly<Record<string, unknown>> };
}
