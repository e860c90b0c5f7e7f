import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Helpers for the tests that keep `docs/` true to the code. */

/** The text of a document under `docs/`. */
export function readDoc(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', '..', 'docs', name), 'utf8');
}

/** A fenced ```json block of a document, with the line it starts on and whether it is marked `<!-- invalid -->`. */
export interface JsonBlock {
  readonly line: number;
  readonly text: string;
  readonly invalid: boolean;
}

/** Every ```json block of `markdown`; one whose nearest non-blank line above is `<!-- invalid -->` is marked invalid. */
export function jsonBlocks(markdown: string): JsonBlock[] {
  const lines = markdown.split('\n');
  const blocks: JsonBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]?.trim() !== '```json') continue;
    const end = lines.findIndex((line, j) => j > i && line.trim() === '```');
    if (end < 0) throw new Error(`the json block at line ${i + 1} is not closed`);
    let above = i - 1;
    while (above >= 0 && lines[above]?.trim() === '') above -= 1;
    blocks.push({
      line: i + 1,
      text: lines.slice(i + 1, end).join('\n'),
      invalid: lines[above]?.trim() === '<!-- invalid -->',
    });
    i = end;
  }
  return blocks;
}
