import { sql, type CompiledQuery, type RawBuilder, type SqlBool } from 'kysely';
import { hasKnownOperators } from '../definition/known-operators.ts';
import type { Query } from '../definition/nodes.ts';
import type { Schema } from '../schema/schema.ts';
import { joinPath } from '../schema/problem.ts';
import { compileBlock, compileStoredMembers, memberTable } from './compile-block.ts';
import { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';
import { postgresDialect } from './postgres-dialect.ts';
import type { DialectName, SqlDialect } from './sql-dialect.ts';
import { sqliteDialect } from './sqlite-dialect.ts';

export const dialects = { sqlite: sqliteDialect, postgres: postgresDialect } satisfies Record<
  DialectName,
  SqlDialect
>;

export interface CompileOptions {
  readonly schema: Schema;
  readonly dialect: DialectName;
  /** The moment relative dates are measured from. */
  readonly now: Date;
  /** The IANA time zone dates are read in (the segment's `timeZone`). */
  readonly timeZone: string;
  /** Only these contacts are checked: how live membership re-checks the contacts a write touched. */
  readonly restrictTo?: readonly string[] | undefined;
}

/** The alias of the contact every block is seen from. */
const contactAlias = 'c';

/**
 * A segment's query as one parameterised SQL query selecting the member contact ids (`{ id }` rows).
 * Blocks combine left to right: the result so far, then union, intersect or exclude the next block.
 *
 * @example
 * const compiled = compileQuery(definition.query, { schema, dialect: 'sqlite', now: new Date(), timeZone: 'UTC' });
 * const rows = await store.query(compiled); // [{ id: 'c01' }, …]
 */
export function compileQuery(query: Query, options: CompileOptions): CompiledQuery<{ id: string }> {
  const dialect = dialects[options.dialect];
  const context = new CompileContext(
    options.schema,
    dialect,
    { now: options.now, timeZone: options.timeZone },
    options.restrictTo === undefined,
  );
  const segments = options.restrictTo === undefined ? unionOfSegments(query) : undefined;
  if (segments) return storedMembersOf(segments, dialect).select('m.contact_id as id').compile();
  const predicate = compileMembership(query, context);
  let select = dialect.kysely.selectFrom('contact as c').select('c.id').where(predicate);
  if (options.restrictTo) select = select.where(dialect.idIn(sql.id(contactAlias, 'id'), options.restrictTo));
  return select.compile();
}

/**
 * A segment's query as one statement that stores its members: every contact it selects becomes a
 * member row of `segmentId`, and the statement returns their ids (`contact_id`, in no promised
 * order), which the go-live logs. For a segment with no members yet.
 *
 * @example
 * const stored = await store.query(compileMemberInsert(definition.query, options, 'seg1'));
 */
export function compileMemberInsert(
  query: Query,
  options: Omit<CompileOptions, 'restrictTo'>,
  segmentId: string,
): CompiledQuery<{ contact_id: string }> {
  const dialect = dialects[options.dialect];
  const context = new CompileContext(
    options.schema,
    dialect,
    { now: options.now, timeZone: options.timeZone },
    true,
  );
  const segments = unionOfSegments(query);
  const select = segments
    ? storedMembersOf(segments, dialect).select([
        sql<string>`cast(${segmentId} as text)`.as('segment_id'),
        'm.contact_id as contact_id',
      ])
    : dialect.kysely
        .selectFrom('contact as c')
        .select([sql<string>`cast(${segmentId} as text)`.as('segment_id'), 'c.id as contact_id'])
        .where(compileMembership(query, context));
  return dialect.kysely
    .insertInto('sm_member')
    .columns(['segment_id', 'contact_id'])
    .expression(select)
    .returning('contact_id')
    .compile();
}

/**
 * The segments whose stored members are the whole query's result, when it is nothing but segment
 * blocks joined by `union` (`bench-union`: "Raleigh or North Carolina craft beer fans").
 */
function unionOfSegments(query: Query): string[] | undefined {
  const segments: string[] = [];
  for (const [i, block] of query.blocks.entries()) {
    if (block.kind !== 'segmentBlock' || (i > 0 && block.combine !== 'union')) return undefined;
    segments.push(block.segment);
  }
  return segments.length > 0 ? segments : undefined;
}

/**
 * Every stored member of `segments` once (`m.contact_id`, for the caller to select), in id order. A
 * member row always names an existing contact (deleting a contact removes its member rows in the same
 * transaction, and a manual member must exist), so the members alone answer, without probing the
 * contact table once per member.
 */
function storedMembersOf(segments: readonly string[], dialect: SqlDialect) {
  return dialect.kysely
    .selectFrom(`${memberTable} as m`)
    .distinct()
    .where('m.segment_id', 'in', [...segments])
    .orderBy('m.contact_id');
}

/**
 * The query compiled once for re-checking any set of contacts: each call only binds another id list.
 * For queries that do not read the clock (their SQL and parameters do not depend on `now`).
 *
 * @example
 * const forContacts = compileForContacts(query, options);
 * await store.query(forContacts(['c1', 'c7']));
 */
export function compileForContacts(
  query: Query,
  options: Omit<CompileOptions, 'restrictTo'>,
): (ids: readonly string[]) => CompiledQuery<{ id: string }> {
  const template = compileQuery(query, { ...options, restrictTo: [] });
  const dialect = dialects[options.dialect];
  // The id list is the last parameter: `idIn` is the last condition compileQuery adds.
  const before = template.parameters.slice(0, -1);
  return (ids) => ({ ...template, parameters: [...before, dialect.idListParam(ids)] });
}

/** Membership of the contact `c` in the whole query, as one predicate. */
function compileMembership(query: Query, context: CompileContext): RawBuilder<SqlBool> {
  // The one check of operators, for callers holding a parsed query; `validatedQuery` gives a typed one.
  if (!hasKnownOperators(query))
    throw new CompileError('a condition names an unknown operator: validate the query first', 'query');
  let result: RawBuilder<SqlBool> | undefined;
  // Over every contact, while the result so far is "a stored member of one of these segments" (segment
  // blocks from the first, joined by union), their members are read together (`compileStoredMembers`).
  let members: string[] | undefined;
  const readMembers = () => {
    if (members) result = compileStoredMembers(members, contactAlias, context);
    members = undefined;
  };
  query.blocks.forEach((block, i) => {
    if (
      context.semiJoins &&
      block.kind === 'segmentBlock' &&
      (i === 0 || (members !== undefined && block.combine === 'union'))
    ) {
      members = [...(members ?? []), block.segment];
      return;
    }
    readMembers();
    const path = joinPath('query', 'blocks', i);
    // A query block that narrows the result so far is checked only on the contacts still in it.
    const narrows = i > 0 && block.kind === 'queryBlock' && block.combine !== 'union';
    const compile = () => compileBlock(block, contactAlias, context, path, block.combine === 'exclude');
    const predicate = narrows ? context.probing(compile) : compile();
    if (result === undefined) {
      result = predicate;
      return;
    }
    switch (block.combine) {
      case 'union':
        result = sql<SqlBool>`(${result} or ${predicate})`;
        break;
      case 'intersect':
        result = sql<SqlBool>`(${result} and ${predicate})`;
        break;
      case 'exclude':
        result = sql<SqlBool>`(${result} and not (${predicate}))`;
        break;
      case undefined:
        throw new CompileError('every block after the first needs "combine"', path);
    }
  });
  readMembers();
  if (result === undefined) throw new CompileError('a query needs at least one block', 'query.blocks');
  return result;
}
