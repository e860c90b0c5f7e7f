import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';

/** The tables the compiled query names directly; every other table is reached through `sql.table`. */
export interface CompileTables {
  contact: { id: string };
  sm_member: { segment_id: string; contact_id: string };
}

export type DialectName = 'sqlite' | 'postgres';

/** A text value in a comparison: text to bind as a parameter, or an SQL expression that yields text. */
export type TextOperand = string | RawBuilder<string>;

/** The alias of the rows a list parameter is read as (`anyInList`): never a table alias the compiler makes. */
export const listAlias = 'sm_list';

/**
 * What differs between the SQL dialects, as small hooks around one shared compiler (Kysely's
 * PostgreSQL compiler is nine lines for the same reason). Each hook returns an expression; values are
 * always parameters.
 */
export interface SqlDialect {
  readonly name: DialectName;
  /** A Kysely instance without a connection, used only to compile queries in this dialect. */
  readonly kysely: Kysely<CompileTables>;
  /**
   * Over every contact, a segment block reads the stored members once as a set
   * (`id in (select contact_id …)`) rather than as a correlated `exists`, where the query excludes the
   * block too. Where it adds or intersects it, every dialect does: SQLite builds the set once either
   * way, and PostgreSQL checks an `exists` under an OR contact by contact while `id in` becomes one
   * hashed set (a union of a segment and a condition, intersected with interactions, ran 2.7× faster
   * at 1M contacts). Where the block is excluded PostgreSQL keeps `not exists`, an anti-join:
   * `not (id in (select …))` reads the whole set again for every contact once it outgrows `work_mem`.
   */
  readonly membersAsSet: boolean;
  /** The shared case fold (`foldCase`) of a text expression, for case-insensitive comparison. */
  lower(expression: RawBuilder<unknown>): RawBuilder<string>;
  /**
   * `test` of the shared case fold of `text`, when every value `test` compares with is ASCII after
   * folding: a dialect may fold with a cheaper function that is exact for such values. Optional: by
   * default `test(lower(text))`.
   */
  asciiFoldedTest?(
    text: RawBuilder<unknown>,
    test: (folded: RawBuilder<string>) => RawBuilder<SqlBool>,
  ): RawBuilder<SqlBool>;
  /**
   * The key of an index the store keeps on the fold of `entity.attribute`, as an expression of its
   * column, or undefined when there is none: an `equals` test over every contact is written on this
   * key so that the database seeks to the values instead of folding every row. Optional.
   */
  foldIndexKey?(
    entity: string,
    attribute: string,
  ): ((column: RawBuilder<unknown>) => RawBuilder<string>) | undefined;
  /**
   * `text` holds `value` somewhere (no wildcards: every character is itself). The value is text to
   * bind, or an expression (a row of a list parameter, see `anyInList`).
   */
  textContains(text: RawBuilder<string>, value: TextOperand): RawBuilder<SqlBool>;
  /** `text` starts with `value`. */
  textBeginsWith(text: RawBuilder<string>, value: TextOperand): RawBuilder<SqlBool>;
  /** `text` ends with `value`. */
  textEndsWith(text: RawBuilder<string>, value: TextOperand): RawBuilder<SqlBool>;
  /**
   * The expression is one of `values`, bound as one list parameter (`compile/value-list.ts` decides
   * when: long lists only).
   */
  inList(expression: RawBuilder<unknown>, values: readonly unknown[]): RawBuilder<SqlBool>;
  /** `test` holds for at least one of the text `values`, bound as one list parameter and read as rows. */
  anyInList(
    values: readonly string[],
    test: (value: RawBuilder<string>) => RawBuilder<SqlBool>,
  ): RawBuilder<SqlBool>;
  /** A `decimal`/`money` value as the column stores it (canonical text, `scale` digits kept). */
  decimalParam(text: string, scale: number): unknown;
  /** A boolean as the column stores it. */
  booleanParam(value: boolean): unknown;
  /** The multi-choice column holds at least one of `values`. */
  multichoiceAny(column: RawBuilder<unknown>, values: readonly string[]): RawBuilder<SqlBool>;
  /** The multi-choice column holds every one of `values` (distinct, sorted). */
  multichoiceAll(column: RawBuilder<unknown>, values: readonly string[]): RawBuilder<SqlBool>;
  /** The multi-choice column holds exactly the set `values` (distinct, sorted). */
  multichoiceEquals(column: RawBuilder<unknown>, values: readonly string[]): RawBuilder<SqlBool>;
  /** The month and day of a date column as `MM-DD` text. */
  monthDay(column: RawBuilder<unknown>): RawBuilder<string>;
  /** The id expression is one of `ids`, passed as the single parameter `idListParam` makes. */
  idIn(id: RawBuilder<unknown>, ids: readonly string[]): RawBuilder<SqlBool>;
  /** A list of ids as the one parameter `idIn` binds. */
  idListParam(ids: readonly string[]): unknown;
}

/** The length of `text` in characters (code points), as SQL's `length` and `substr` count them. */
export function charLength(text: string): number {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length;
}

/** The length in characters of a text operand: computed here for text, by `length()` in SQL otherwise. */
export function operandLength(value: TextOperand): number | RawBuilder<number> {
  return typeof value === 'string' ? charLength(value) : sql<number>`length(${value})`;
}
