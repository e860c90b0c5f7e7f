/** A small server-sent events client for tests: reads a stream over a real socket with `fetch`. */

export interface SseMessage {
  readonly id?: string;
  readonly event?: string;
  readonly data: string;
}

/** One open stream; `next` gives its messages in order (comments are kept apart in `comments`). */
export class SseClient {
  readonly comments: string[] = [];
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #abort: AbortController;
  readonly #decoder = new TextDecoder();
  #buffer = '';
  readonly #ready: SseMessage[] = [];

  private constructor(reader: ReadableStreamDefaultReader<Uint8Array>, abort: AbortController) {
    this.#reader = reader;
    this.#abort = abort;
  }

  /** Opens `url`; throws unless the answer is a 200 event stream. */
  static async open(url: string, headers: Record<string, string>): Promise<SseClient> {
    const abort = new AbortController();
    const response = await fetch(url, { headers, signal: abort.signal });
    if (response.status !== 200 || !response.body) {
      throw new Error(`stream answered ${response.status}: ${await response.text()}`);
    }
    return new SseClient(response.body.getReader(), abort);
  }

  /** The next message, or an error after `timeoutMs`. */
  async next(timeoutMs = 5000): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    while (this.#ready.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no server-sent event arrived in time');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => {
          resolve('timeout');
        }, left);
      });
      const chunk = await Promise.race([this.#reader.read(), timeout]);
      clearTimeout(timer);
      if (chunk === 'timeout') continue;
      if (chunk.done) throw new Error('the stream ended');
      this.#buffer += this.#decoder.decode(chunk.value, { stream: true });
      this.#parse();
    }
    return this.#ready.shift() as SseMessage;
  }

  /** The next `count` messages. */
  async take(count: number, timeoutMs = 5000): Promise<SseMessage[]> {
    const messages: SseMessage[] = [];
    for (let i = 0; i < count; i += 1) messages.push(await this.next(timeoutMs));
    return messages;
  }

  close(): void {
    this.#abort.abort();
  }

  #parse(): void {
    let end = this.#buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          this.comments.push(line.slice(1).trim());
          continue;
        }
        const colon = line.indexOf(':');
        const name = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        fields[name] = name in fields && name === 'data' ? `${fields[name]}\n${value}` : value;
      }
      if (fields.data !== undefined) {
        this.#ready.push({
          data: fields.data,
          ...(fields.id === undefined ? {} : { id: fields.id }),
          ...(fields.event === undefined ? {} : { event: fields.event }),
        });
      }
      end = this.#buffer.indexOf('\n\n');
    }
  }
}
