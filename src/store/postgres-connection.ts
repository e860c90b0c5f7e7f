/**
 * PostgreSQL's instant text, for the column codec's test that still imports it from here; the
 * connection itself is `backends/postgres/postgres-connection.ts`.
 */
export { canonicalPgInstant } from './backends/postgres/postgres-connection.ts';
