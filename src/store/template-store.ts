import { StoreError } from './errors.ts';
import { newRecordId } from './record-id.ts';
import type { StoreContext } from './store-context.ts';
import type { TemplateTable } from './tables.ts';

/**
 * A segment template a user saved (`sm_template`). `parameters` and `definition` are JSON kept as
 * sent, parsed but not checked: the engine checks them when it saves and instantiates them.
 */
export interface StoredTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly category: string;
  readonly parameters: unknown;
  readonly definition: unknown;
  readonly createdAt: string;
}

export interface NewTemplate {
  readonly id?: string;
  readonly name: string;
  readonly description?: string | null;
  readonly category: string;
  readonly parameters: unknown;
  readonly definition: unknown;
}

/** Saved segment templates, oldest first. */
export interface TemplateStore {
  create(template: NewTemplate): Promise<StoredTemplate>;
  get(id: string): Promise<StoredTemplate | undefined>;
  list(): Promise<StoredTemplate[]>;
  /** True when there was one. */
  delete(id: string): Promise<boolean>;
}

function fromRow(row: TemplateTable): StoredTemplate {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    category: row.category,
    parameters: JSON.parse(row.parameters) as unknown,
    definition: JSON.parse(row.definition) as unknown,
    createdAt: row.created_at,
  };
}

function jsonText(value: unknown, what: string): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new StoreError(`A template's ${what} must be JSON.`, 'INVALID_TEMPLATE');
  return text;
}

/** The template store over `context`. */
export function templateStore(context: StoreContext): TemplateStore {
  const { db } = context;
  return {
    async create(template) {
      const row: TemplateTable = {
        id: template.id ?? newRecordId(),
        name: template.name,
        description: template.description ?? null,
        category: template.category,
        parameters: jsonText(template.parameters, 'parameters'),
        definition: jsonText(template.definition, 'definition'),
        created_at: context.now().toISOString(),
      };
      await db.insertInto('sm_template').values(row).execute();
      return fromRow(row);
    },

    async get(id) {
      const row = await db.selectFrom('sm_template').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async list() {
      const rows = await db
        .selectFrom('sm_template')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },

    async delete(id) {
      const result = await db.deleteFrom('sm_template').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
