import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allProblemCodes } from '../../src/api/problem-codes.ts';
import { readDoc } from './doc-blocks.ts';

/**
 * Problem codes have one spelling, upper case, and one list: `ProblemCode` (src/api/problem-codes.ts),
 * documented in docs/API.md and docs/SEGMENTS.md. Every code the source writes into a problem is in it.
 */

const docs = readDoc('API.md') + readDoc('SEGMENTS.md');

/** `code`s in the source that are not problems: Node's system error codes, which the webhook resolver mimics. */
const notProblems = new Set(['ENOTFOUND']);

/** Every non-test TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$|test-kit|fixture/.test(name) ? [path] : [];
  });
}

/** The codes written into problems: `code: '…'`, `add('…', …)` and `problem('…', …)`. */
function emittedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:\bcode: |\badd\(|\bproblem\()'([A-Za-z0-9_]+)'/g)) {
      const code = match[1] ?? '';
      if (!found.has(code)) found.set(code, file);
    }
  }
  return found;
}

describe('problem codes', () => {
  it('documents every code of the union', () => {
    for (const code of Object.keys(allProblemCodes)) expect(docs, code).toContain(`\`${code}\``);
  });

  it('writes only codes of the union into problems, each in upper case', () => {
    const known = new Set(Object.keys(allProblemCodes));
    const unknown = [...emittedCodes()].filter(([code]) => !known.has(code) && !notProblems.has(code));
    expect(unknown).toEqual([]);
  });
});
