import type { Engine } from '../../engine/index.ts';
import type { MembershipEvent, StoredWebhook } from '../../store/index.ts';
import { WebhookSender } from './webhook-sender.ts';
import { deliveryHeader, signatureHeader, signWebhookBody, timestampHeader } from './webhook-signature.ts';
import type { ResolveHost } from './webhook-target-policy.ts';

export interface WebhookDeliveryOptions {
  /** Events per request. 100 by default. */
  readonly batchSize?: number;
  /** How often to look for work without being woken (events another process logged, due retries). */
  readonly intervalMs?: number;
  /** The wait after the first failure; it doubles with each further one, up to `maxRetryDelayMs`. */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  /** How long a receiver may take to answer. */
  readonly timeoutMs?: number;
  /** Where errors of the worker itself go (a database gone away); a process warning by default. */
  readonly onError?: (error: unknown) => void;
  /** How host names are resolved before connecting; the system resolver by default (tests inject answers). */
  readonly resolve?: ResolveHost;
}

/** What a receiver gets: a JSON body with the events, oldest first. */
export interface WebhookPayload {
  readonly webhookId: string;
  readonly sentAt: string;
  readonly events: readonly MembershipEvent[];
}

/** Batches one webhook may send in one pass before the others get their turn. */
const batchesPerPass = 20;

/** The wait before attempt `attempts + 1`: doubling from `base`, at most `max`. */
export function retryDelay(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

/**
 * Delivers membership events to every webhook: reads the log after the webhook's cursor (its segments
 * only), POSTs the events in order in signed batches, and moves the cursor only when the receiver
 * answers 2xx, so every event arrives at least once and never after a later one of the same webhook.
 * A failed batch is retried with exponential back-off, its retry time kept in the database, so a
 * restart resumes exactly where delivery stopped. Woken by every committed change and by a timer.
 * Targets at internal addresses are refused unless the engine allows them (`webhook-target-policy.ts`),
 * checked against the address each connection is about to use; redirects are not followed.
 *
 * @example
 * const delivery = new WebhookDelivery(engine).start();
 * // … on shutdown
 * await delivery.stop();
 */
export class WebhookDelivery {
  readonly #engine: Engine;
  readonly #batchSize: number;
  readonly #intervalMs: number;
  readonly #retryDelayMs: number;
  readonly #maxRetryDelayMs: number;
  readonly #timeoutMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #sender: WebhookSender;
  #running = false;
  #queued = false;
  #passes: Promise<void> = Promise.resolve();
  #unsubscribe: (() => void) | undefined;
  #interval: NodeJS.Timeout | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  #aborter = new AbortController();

  constructor(engine: Engine, options: WebhookDeliveryOptions = {}) {
    this.#engine = engine;
    this.#batchSize = options.batchSize ?? 100;
    this.#intervalMs = options.intervalMs ?? 5_000;
    this.#retryDelayMs = options.retryDelayMs ?? 5_000;
    this.#maxRetryDelayMs = options.maxRetryDelayMs ?? 3_600_000;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#onError =
      options.onError ??
      ((error) => {
        process.emitWarning(`Webhook delivery: ${String(error)}`, 'SegmintWebhookWarning');
      });
    this.#sender = new WebhookSender({
      allowPrivate: engine.allowPrivateWebhookTargets,
      ...(options.resolve && { resolve: options.resolve }),
    });
  }

  /** Starts delivering: now, after every change the engine commits, and every `intervalMs`. */
  start(): this {
    if (this.#running) return this;
    this.#running = true;
    this.#aborter = new AbortController();
    this.#unsubscribe = this.#engine.onChange(() => {
      this.wake();
    });
    this.#interval = setInterval(() => {
      this.wake();
    }, this.#intervalMs);
    this.#interval.unref();
    this.wake();
    return this;
  }

  /** Stops delivering and waits for the pass under way; a request in flight is abandoned unacknowledged. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearInterval(this.#interval);
    clearTimeout(this.#retryTimer);
    this.#aborter.abort();
    await this.#passes;
    this.#sender.close();
  }

  /** Asks for a delivery pass soon; wakes while one is queued count once. */
  wake(): void {
    if (!this.#running || this.#queued) return;
    this.#queued = true;
    this.#passes = this.#passes.then(async () => {
      this.#queued = false;
      if (this.#running) await this.#pass().catch(this.#onError);
    });
  }

  /** Resolves when the queued and running passes are done (for tests and an orderly shutdown). */
  idle(): Promise<void> {
    return this.#passes;
  }

  #stopped(): boolean {
    return !this.#running;
  }

  async #pass(): Promise<void> {
    // One process of an installation delivers (`Engine.leads`); the others wake it by committing.
    if (!this.#engine.leads) return;
    const webhooks = await this.#engine.store.webhooks.list();
    const next = await Promise.all(webhooks.map((webhook) => this.#serve(webhook)));
    const soonest = Math.min(...next.filter((t): t is number => t !== undefined));
    clearTimeout(this.#retryTimer);
    if (this.#running && Number.isFinite(soonest)) {
      this.#retryTimer = setTimeout(
        () => {
          this.wake();
        },
        Math.max(0, soonest - Date.now()),
      );
      this.#retryTimer.unref();
    }
  }

  /** Sends one webhook what it is due; returns when it next needs a pass, if it is waiting for one. */
  async #serve(webhook: StoredWebhook): Promise<number | undefined> {
    const { nextAttemptAt } = webhook.cursor;
    if (nextAttemptAt !== null && Date.parse(nextAttemptAt) > Date.now()) return Date.parse(nextAttemptAt);
    let { lastSeq, attempts } = webhook.cursor;
    for (let batch = 0; batch < batchesPerPass; batch++) {
      const events = await this.#engine.store.webhooks.pendingEvents(webhook, lastSeq, this.#batchSize);
      if (events.length === 0 || this.#stopped()) return undefined;
      const failure = await this.#post(webhook, events);
      // Stopped while the request was out: its outcome is not recorded, and the batch is sent again later.
      if (this.#stopped()) return undefined;
      if (failure !== undefined) {
        attempts += 1;
        const retryAt = Date.now() + retryDelay(attempts, this.#retryDelayMs, this.#maxRetryDelayMs);
        await this.#engine.store.webhooks.recordFailure(webhook.id, {
          attempts,
          nextAttemptAt: new Date(retryAt).toISOString(),
          error: failure,
        });
        return retryAt;
      }
      lastSeq = events.at(-1)?.seq ?? lastSeq;
      attempts = 0;
      await this.#engine.store.webhooks.acknowledge(webhook.id, lastSeq);
      if (events.length < this.#batchSize) return undefined;
    }
    return Date.now(); // more to send: come back after the other webhooks had their turn
  }

  /** POSTs one signed batch; undefined when the receiver took it (2xx), else why not. */
  async #post(webhook: StoredWebhook, events: readonly MembershipEvent[]): Promise<string | undefined> {
    const sentAt = new Date().toISOString();
    const payload: WebhookPayload = { webhookId: webhook.id, sentAt, events };
    const body = JSON.stringify(payload);
    const first = events[0]?.seq ?? 0;
    const last = events.at(-1)?.seq ?? 0;
    return this.#sender.post({
      url: webhook.url,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Segmint-Webhooks/1',
        [signatureHeader]: signWebhookBody(webhook.secret, body),
        [timestampHeader]: sentAt,
        [deliveryHeader]: `${webhook.id}:${first}-${last}`,
      },
      body,
      signal: AbortSignal.any([this.#aborter.signal, AbortSignal.timeout(this.#timeoutMs)]),
    });
  }
}
