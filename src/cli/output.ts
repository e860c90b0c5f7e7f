import { once } from 'node:events';

/**
 * Writes `text`, waiting while the stream's buffer is full, so a million members piped to a slow
 * reader never pile up in memory. Rejects when the stream fails (a closed pipe, a full disk).
 */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Writes lines to stdout, each ended by a newline. */
export async function printLines(lines: readonly string[]): Promise<void> {
  if (lines.length > 0) await write(process.stdout, lines.map((line) => `${line}\n`).join(''));
}

/** `12,345`: counts as people read them. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** `1 member`, `12,345 members`. */
export function counted(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
}
