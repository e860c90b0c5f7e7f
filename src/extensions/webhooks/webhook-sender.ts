import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import {
  bareHost,
  guardedLookup,
  hostRefusal,
  RefusedWebhookTarget,
  type WebhookTargetPolicy,
} from './webhook-target-policy.ts';

/** One POST to a webhook's URL. */
export interface WebhookRequest {
  readonly url: string;
  readonly headers: OutgoingHttpHeaders;
  readonly body: string;
  /** Ends the request: the delivery stopping, or its time limit. */
  readonly signal: AbortSignal;
}

/**
 * Sends webhook requests under a target policy, with node:http/https rather than `fetch` so that the
 * policy can check the address of every connection before it is made (`guardedLookup`). Redirects are
 * not followed: a 3xx is a failed delivery. Keeps connections alive between batches until `close`.
 */
export class WebhookSender {
  readonly #policy: WebhookTargetPolicy;
  readonly #lookup: LookupFunction;
  readonly #http = new http.Agent({ keepAlive: true });
  readonly #https = new https.Agent({ keepAlive: true });

  constructor(policy: WebhookTargetPolicy) {
    this.#policy = policy;
    this.#lookup = guardedLookup(policy);
  }

  /** POSTs `request`; undefined when the receiver took it (2xx), else why not, for `lastError`. */
  async post(request: WebhookRequest): Promise<string | undefined> {
    try {
      const url = new URL(request.url);
      const refused = hostRefusal(bareHost(url), this.#policy);
      if (refused) return notSent(refused);
      const response = await this.#send(url, request);
      return answerProblem(response);
    } catch (error) {
      if (error instanceof RefusedWebhookTarget) return notSent(error);
      const reason: unknown = request.signal.aborted ? request.signal.reason : error;
      return `The request failed: ${reason instanceof Error ? reason.message : String(reason)}`;
    }
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.#http.destroy();
    this.#https.destroy();
  }

  /** The receiver's answer, read to its end (its content does not matter). */
  #send(url: URL, request: WebhookRequest): Promise<IncomingMessage> {
    const secure = url.protocol === 'https:';
    return new Promise((resolve, reject) => {
      const outgoing = (secure ? https : http).request(
        url,
        {
          method: 'POST',
          headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
          agent: secure ? this.#https : this.#http,
          lookup: this.#lookup,
          signal: request.signal,
        },
        (response) => {
          response.on('error', reject);
          response.on('end', () => {
            resolve(response);
          });
          response.resume();
        },
      );
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  }
}

function notSent(refused: RefusedWebhookTarget): string {
  return `Not sent: ${refused.message}`;
}

function answerProblem(response: IncomingMessage): string | undefined {
  const status = response.statusCode ?? 0;
  if (status >= 200 && status < 300) return undefined;
  const answered = `The receiver answered ${status} ${response.statusMessage ?? ''}`.trim();
  return status >= 300 && status < 400 ? `${answered}, a redirect; webhooks follow no redirects.` : answered;
}
