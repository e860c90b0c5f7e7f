import type { Template } from '../api/index.ts';

/** A placeholder of a template that needs a value (`{{city}}`), as the OpenAPI document types it. */
export type TemplateParameter = Template['parameters'][number];

/** The values a template's parameters start with: their defaults. */
export function defaultValues(template: Template): Record<string, string> {
  return Object.fromEntries(
    template.parameters.map((p) => [p.name, p.default === undefined ? '' : String(p.default)]),
  );
}

/** The values as `POST /api/templates/{id}/instantiate` takes them: numbers for numeric parameters. */
export function typedValues(
  template: Template,
  values: Readonly<Record<string, string>>,
): Record<string, string | number> {
  const typed: Record<string, string | number> = {};
  for (const parameter of template.parameters) {
    const text = (values[parameter.name] ?? '').trim();
    if (text === '') continue;
    const numeric = parameter.type === 'integer' || parameter.type === 'number';
    typed[parameter.name] = numeric && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return typed;
}
