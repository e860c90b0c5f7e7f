import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.ts';
import { jsonErrorOffset, lineAndColumn } from './json-error-position.ts';

/**
 * Reads a JSON file, or fails naming what is wrong: no such file, a folder, or invalid JSON with the
 * line and column where it goes wrong.
 */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  if (text.trim() === '') throw new CliError(`${path} is empty: expected JSON.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text));
    throw new CliError(`${path} is not valid JSON: line ${line}, column ${column}: ${reasonOf(error)}`);
  }
}

/** Reads a whole text file, or fails with a message naming the file and the reason. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw fileError(path, error);
  }
}

/** A CliError for a file that cannot be read or written: missing, a directory, not allowed. */
export function fileError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (error as Error).message;
  return new CliError(`Cannot use the file "${path}": ${reason}.`);
}

/** V8's message without the position (given as line and column instead) or the echoed text. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, .*is not valid JSON$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'the JSON ends too early');
}
