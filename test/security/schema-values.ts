import type { Random } from '../../src/demo-data/index.ts';

/** A JSON schema as the OpenAPI document gives it (3.1, from the routes' zod schemas). */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly example?: unknown;
}

/** Text an attacker or a careless client sends: markup, SQL, NUL, surrogates, formulas, long runs. */
const oddTexts = [
  '',
  ' ',
  'Atlantis',
  "'; drop table contact; --",
  '"quoted"',
  '<script>alert(1)</script>',
  '\u0000',
  '\ud800',
  'İΣς',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '%00',
  '1e400',
  '-0',
  '9999-99-99',
  '2026-02-30',
  'x'.repeat(5_000),
  '🦄'.repeat(50),
];

const oddNumbers = [0, -1, 1, 0.5, 1e300, -1e300, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e-300];

/**
 * Values for a schema, mostly as it asks and sometimes not (wrong types, missing required fields,
 * extra ones, odd text and numbers), from a seeded generator, so that a fuzz run is repeatable.
 */
export class SchemaValues {
  constructor(
    private readonly random: Random,
    private readonly components: Readonly<Record<string, JsonSchema>>,
    /** How often a value breaks its schema, 0 to 1. */
    private readonly oddness = 0.2,
  ) {}

  value(schema: JsonSchema | undefined, depth = 0): unknown {
    if (schema === undefined || depth > 8) return this.anyValue(depth);
    if (this.random.chance(this.oddness)) return this.anyValue(depth);
    if (schema.$ref !== undefined)
      return this.value(this.components[schema.$ref.split('/').pop() ?? ''], depth + 1);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum !== undefined && schema.enum.length > 0) return this.random.pick(schema.enum);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices !== undefined && choices.length > 0) return this.value(this.random.pick(choices), depth + 1);
    if (schema.allOf !== undefined && schema.allOf.length > 0 && schema.type === undefined)
      return this.value(this.random.pick(schema.allOf), depth + 1);
    if (schema.example !== undefined && this.random.chance(0.3)) return schema.example;
    const type = Array.isArray(schema.type) ? this.random.pick(schema.type as string[]) : schema.type;
    switch (type) {
      case 'object':
        return this.object(schema, depth);
      case 'array':
        return Array.from({ length: this.random.int(0, 4) }, () => this.value(schema.items, depth + 1));
      case 'string':
        return this.random.pick(oddTexts);
      case 'integer':
        return this.random.chance(0.7) ? this.random.int(-2, 200) : this.random.pick(oddNumbers);
      case 'number':
        return this.random.pick(oddNumbers);
      case 'boolean':
        return this.random.chance(0.5);
      case 'null':
        return null;
      default:
        return this.anyValue(depth);
    }
  }

  private object(schema: JsonSchema, depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const required = schema.required?.includes(name) === true;
      if (required ? this.random.chance(0.95) : this.random.chance(0.5))
        result[name] = this.value(property, depth + 1);
    }
    if (this.random.chance(0.1)) result[this.random.pick(['__proto__', 'constructor', 'extra', ''])] = 1;
    return result;
  }

  /** Any JSON value at all. */
  anyValue(depth = 0): unknown {
    switch (this.random.int(0, depth > 4 ? 4 : 6)) {
      case 0:
        return null;
      case 1:
        return this.random.chance(0.5);
      case 2:
        return this.random.pick(oddNumbers);
      case 3:
      case 4:
        return this.random.pick(oddTexts);
      case 5:
        return Array.from({ length: this.random.int(0, 3) }, () => this.anyValue(depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: this.random.int(0, 3) }, () => [
            this.random.pick(oddTexts),
            this.anyValue(depth + 1),
          ]),
        );
    }
  }
}
