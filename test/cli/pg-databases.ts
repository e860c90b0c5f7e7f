import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * PostgreSQL databases of their own for the tests that run `segmint` processes with `--pg` (which
 * takes a URL and no schema), made on the server SEGMINT_TEST_PG names and dropped afterwards.
 */

/** The PostgreSQL server of the tests, when one is configured (CI sets it). */
export const serverUrl = process.env.SEGMINT_TEST_PG;

/** Runs one statement on the server's own database (creating and dropping databases). */
async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Databases made by `fresh`, dropped by `dropAll`. */
export interface Databases {
  /** A new empty database: its name and its URL for `--pg`. */
  fresh(prefix: string): Promise<{ name: string; url: string }>;
  /** Drops every database `fresh` made (closing whatever is still connected to them). */
  dropAll(): Promise<void>;
}

export function databases(): Databases {
  const made: string[] = [];
  return {
    async fresh(prefix) {
      const name = `${prefix}_${randomBytes(4).toString('hex')}`;
      await onServer(`CREATE DATABASE ${name}`);
      made.push(name);
      const url = new URL(serverUrl ?? '');
      url.pathname = `/${name}`;
      return { name, url: url.toString() };
    },
    async dropAll() {
      for (const name of made.splice(0)) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
