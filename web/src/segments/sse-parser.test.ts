import { describe, expect, it } from 'vitest';
import { parseServerSentEvents } from './sse-parser.ts';

describe('parseServerSentEvents', () => {
  it('returns the complete events and keeps the text of the one still arriving', () => {
    const text =
      'retry: 2000\n: resuming after 0\n\nid: 7\nevent: membership\ndata: {"seq":7}\n\nid: 8\nevent: memb';
    expect(parseServerSentEvents(text)).toEqual({
      events: [{ id: '7', event: 'membership', data: '{"seq":7}' }],
      rest: 'id: 8\nevent: memb',
    });
  });

  it('joins data lines, reads CRLF line ends and skips heartbeats', () => {
    expect(parseServerSentEvents(': heartbeat\r\n\r\ndata: a\r\ndata: b\r\n\r\n').events).toEqual([
      { event: 'message', data: 'a\nb' },
    ]);
  });
});
