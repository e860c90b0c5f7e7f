// Test helpers for the Import page: a stand-in for XMLHttpRequest that the test drives step by step.
import { vi } from 'vitest';

/** What the page sent: the URL, the headers and the body. */
export interface SentUpload {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The upload in flight, for the test to move on: bytes sent, lines of the answer, the end. */
export interface FakeUpload {
  readonly sent: readonly SentUpload[];
  /** Reports `fraction` of the body sent. */
  uploaded(fraction: number): void;
  /** Starts (or goes on with) a 200 NDJSON answer with one line holding `value`. */
  line(value: unknown): void;
  /** Ends the answer: the NDJSON so far, or `status` with the JSON `body`. */
  finish(reply?: { status: number; body: unknown }): void;
}

/**
 * Replaces XMLHttpRequest with a fake the test drives (undo with `vi.unstubAllGlobals()`); the
 * answer comes only as `uploaded`, `line` and `finish` say.
 *
 * @example
 * const upload = fakeUpload();
 * upload.uploaded(1);
 * upload.line({ progress: { rows: 1000, created: 1000, updated: 0, rejected: 0, bytes: 52_000 } });
 * upload.line({ result: { created: 1500, updated: 0, rejected: [], rejectedCount: 0 } });
 * upload.finish();
 */
export function fakeUpload(): FakeUpload {
  const sent: SentUpload[] = [];
  const requests: FakeXhr[] = [];
  const xhr = () => {
    const current = requests.at(-1);
    if (current === undefined) throw new Error('Nothing has been uploaded yet.');
    return current;
  };
  class FakeXhr {
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onprogress: (() => void) | null = null;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    contentType: string | null = null;
    body = '';
    #url = '';
    #headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.#url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.#headers[name] = value;
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? this.contentType : null;
    }
    send(body: string) {
      this.body = body;
      sent.push({ url: this.#url, headers: this.#headers, body });
      requests.push(this);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return {
    sent,
    uploaded(fraction) {
      const request = xhr();
      request.upload.onprogress?.({
        loaded: Math.round(request.body.length * fraction),
        total: request.body.length,
        lengthComputable: true,
      } as ProgressEvent);
    },
    line(value) {
      const request = xhr();
      request.status = 200;
      request.contentType = 'application/x-ndjson; charset=utf-8';
      request.responseText += `${JSON.stringify(value)}\n`;
      request.onprogress?.();
    },
    finish(reply) {
      const request = xhr();
      if (reply !== undefined) {
        request.status = reply.status;
        request.contentType = 'application/json; charset=utf-8';
        request.responseText = JSON.stringify(reply.body);
      }
      request.onload?.();
    },
  };
}
