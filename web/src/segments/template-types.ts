/** A placeholder of a template that needs a value (`{{city}}`). */
export interface TemplateParameter {
  readonly name: string;
  readonly label: string;
  readonly type: 'string' | 'integer' | 'number' | 'date' | 'choice';
  readonly default?: string | number;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

/** A segment template as `GET /api/templates` lists it. */
export interface SegmentTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly source: 'gallery' | 'saved';
  readonly parameters: readonly TemplateParameter[];
  readonly definition: Readonly<Record<string, unknown>>;
}

/** The values a template's parameters start with: their defaults. */
export function defaultValues(template: SegmentTemplate): Record<string, string> {
  return Object.fromEntries(
    template.parameters.map((p) => [p.name, p.default === undefined ? '' : String(p.default)]),
  );
}

/** The values as `POST /api/templates/{id}/instantiate` takes them: numbers for numeric parameters. */
export function typedValues(
  template: SegmentTemplate,
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
