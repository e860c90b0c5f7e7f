/** The compile stage: a segment definition becomes one parameterised SQL query per dialect, through Kysely. */
export {
  compileForContacts,
  compileMemberInsert,
  compileQuery,
  dialects,
  type CompileOptions,
} from './compile-query.ts';
export { CompileError } from './compile-error.ts';
export { memberTable } from './compile-block.ts';
export { foldIndexedAttributes, sqliteLowerFunction } from './sqlite-dialect.ts';
export type { DialectName, SqlDialect } from './sql-dialect.ts';
