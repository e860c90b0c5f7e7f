/** One server-sent event: its `id`, `event` name and `data` (lines joined by newlines). */
export interface ServerSentEvent {
  readonly id?: string;
  readonly event: string;
  readonly data: string;
}

/**
 * Splits received text into the complete server-sent events it holds (HTML's event-stream format:
 * fields `id`, `event`, `data`; comments start with `:`; a blank line ends an event) and the text
 * of an event still arriving.
 *
 * @example
 * parseServerSentEvents('id: 7\nevent: membership\ndata: {"seq":7}\n\nid: 8');
 * // { events: [{ id: '7', event: 'membership', data: '{"seq":7}' }], rest: 'id: 8' }
 */
export function parseServerSentEvents(text: string): { events: ServerSentEvent[]; rest: string } {
  const normalized = text.replace(/\r\n?/g, '\n');
  const blocks = normalized.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: ServerSentEvent[] = [];
  for (const block of blocks) {
    let id: string | undefined;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0 || id !== undefined)
      events.push({ ...(id === undefined ? {} : { id }), event, data: data.join('\n') });
  }
  return { events, rest };
}
