import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error.ts';

/** The file in the data directory that keeps a generated admin token. */
export const adminTokenFileName = 'admin-token';

/** The token the server accepts, and where it came from (`generated` only on the start that made it). */
export interface AdminToken {
  readonly value: string;
  readonly source: 'environment' | 'file' | 'generated';
  /** The token file, for `file` and `generated`. */
  readonly file?: string;
}

/**
 * The admin token: `SEGMINT_ADMIN_TOKEN` when set; otherwise the one stored in the data directory;
 * otherwise a new random one, stored there readable by its owner only (mode 0600).
 */
export function resolveAdminToken(dataDir: string, fromEnvironment: string | undefined): AdminToken {
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== '')
    return { value: fromEnvironment.trim(), source: 'environment' };
  const file = join(dataDir, adminTokenFileName);
  const stored = readToken(file);
  if (stored !== undefined) return { value: stored, source: 'file', file };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const value = randomBytes(24).toString('base64url');
  try {
    // `wx`: never overwrite a token another process wrote in the meantime.
    writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    const raced = readToken(file);
    if (raced !== undefined) return { value: raced, source: 'file', file };
    throw new CliError(`Cannot store the admin token in "${file}": ${(error as Error).message}`);
  }
  return { value, source: 'generated', file };
}

function readToken(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`Cannot read the admin token in "${file}": ${(error as Error).message}`);
  }
  const token = text.trim();
  if (token === '')
    throw new CliError(`The admin token file "${file}" is empty; delete it to get a new token.`);
  return token;
}
