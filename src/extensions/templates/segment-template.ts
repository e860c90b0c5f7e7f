import { isCalendarDate, type Problem } from '../../schema/index.ts';

/**
 * Segment templates: a segment definition whose values may be `{{parameter}}` placeholders, with the
 * parameters a marketer fills in ("Contacts in {{city}}"). A placeholder that is a whole JSON string
 * becomes the parameter's typed value (`"{{days}}"` → `30`); one inside longer text is spliced into it.
 */

export type TemplateParameterType = 'string' | 'integer' | 'number' | 'date' | 'choice';

/** One value a template asks for. */
export interface TemplateParameter {
  /** The placeholder's name: letters, digits and `_`, starting with a letter. */
  readonly name: string;
  readonly label: string;
  readonly type: TemplateParameterType;
  /** Used when no value is given; a parameter without one must be given. */
  readonly default?: string | number;
  /** The values a `choice` parameter may take. */
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

/** A template: from the built-in gallery, or saved by a user. */
export interface SegmentTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly parameters: readonly TemplateParameter[];
  /** A segment definition (docs/SEGMENTS.md) in which values may be placeholders. */
  readonly definition: unknown;
  readonly source: 'gallery' | 'saved';
  readonly createdAt?: string;
}

/** A parameter's value as it goes into the definition. */
export type ParameterValue = string | number;

const parameterName = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The problems with a template's parameter list itself: names, duplicates, defaults of the wrong type. */
export function parameterListProblems(
  parameters: readonly TemplateParameter[],
  base = 'parameters',
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  parameters.forEach((parameter, index) => {
    const path = `${base}[${index}]`;
    if (!parameterName.test(parameter.name)) {
      problems.push({
        code: 'INVALID_PARAMETER_NAME',
        message: `"${parameter.name}" is not a parameter name: letters, digits and _, starting with a letter.`,
        path: `${path}.name`,
      });
    }
    if (seen.has(parameter.name)) {
      problems.push({
        code: 'DUPLICATE_PARAMETER',
        message: `"${parameter.name}" is declared twice.`,
        path: `${path}.name`,
      });
    }
    seen.add(parameter.name);
    if (parameter.type === 'choice' && !parameter.options?.length) {
      problems.push({
        code: 'MISSING_OPTIONS',
        message: `"${parameter.name}" is a choice: list its options.`,
        path,
      });
    }
    if (parameter.default !== undefined) {
      const checked = parameterValue(parameter, parameter.default, `${path}.default`);
      if (!checked.ok) problems.push(checked.problem);
    }
  });
  return problems;
}

/** A given value checked and converted to the parameter's type (`"30"` → `30` for an integer). */
export function parameterValue(
  parameter: TemplateParameter,
  raw: unknown,
  path: string,
): { ok: true; value: ParameterValue } | { ok: false; problem: Problem } {
  const fail = (expected: string) => ({
    ok: false as const,
    problem: { code: 'INVALID_PARAMETER', message: `${parameter.label}: expected ${expected}.`, path },
  });
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  switch (parameter.type) {
    case 'string':
      return text ? { ok: true, value: text } : fail('some text');
    case 'integer':
    case 'number': {
      const n = typeof raw === 'number' ? raw : text !== undefined && text !== '' ? Number(text) : NaN;
      if (!Number.isFinite(n)) return fail('a number');
      if (parameter.type === 'integer' && !Number.isSafeInteger(n)) return fail('a whole number');
      return { ok: true, value: n };
    }
    case 'date':
      return text !== undefined && isCalendarDate(text)
        ? { ok: true, value: text }
        : fail('a date written YYYY-MM-DD');
    case 'choice': {
      const options = parameter.options ?? [];
      if (text !== undefined && options.some((o) => o.value === text)) return { ok: true, value: text };
      return fail(`one of ${options.map((o) => `"${o.value}"`).join(', ')}`);
    }
  }
}
