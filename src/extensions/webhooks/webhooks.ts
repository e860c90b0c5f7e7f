import { EngineError, type Engine } from '../../engine/index.ts';
import type { Problem } from '../../schema/index.ts';
import type { StoredWebhook } from '../../store/index.ts';
import { newWebhookSecret } from './webhook-signature.ts';
import { urlRefusal, type ResolveHost, type WebhookTargetPolicy } from './webhook-target-policy.ts';

/** A webhook as its owner sees it after creation: everything but the secret, with its delivery state. */
export interface WebhookView {
  readonly id: string;
  readonly url: string;
  /** The segments whose events it receives; null for every segment. */
  readonly segments: readonly string[] | null;
  readonly createdAt: string;
  readonly delivery: {
    /** The last event the receiver acknowledged. */
    readonly lastSeq: number;
    /** Failed attempts at the current batch; 0 while deliveries succeed. */
    readonly attempts: number;
    readonly nextAttemptAt: string | null;
    readonly lastError: string | null;
  };
}

/** What `POST /api/webhooks` takes. */
export interface WebhookInput {
  readonly url: string;
  /** Only these segments' events; all segments when left out. */
  readonly segments?: readonly string[] | undefined;
}

const maxUrlLength = 2_000;

/** The view of a stored webhook, without its secret. */
export function webhookView(webhook: StoredWebhook): WebhookView {
  return {
    id: webhook.id,
    url: webhook.url,
    segments: webhook.segmentIds,
    createdAt: webhook.createdAt,
    delivery: { ...webhook.cursor },
  };
}

/**
 * Subscribes a URL to membership events from now on (the events already logged are not sent). Returns
 * the webhook with its generated secret, which is shown this once. A URL whose host is, or resolves to,
 * an internal address is refused unless the engine allows private targets (`webhook-target-policy.ts`);
 * `resolve` replaces the system resolver (tests).
 */
export async function createWebhook(
  engine: Engine,
  input: WebhookInput,
  options: { readonly resolve?: ResolveHost } = {},
): Promise<WebhookView & { readonly secret: string }> {
  const problems = await urlProblems(input.url, {
    allowPrivate: engine.allowPrivateWebhookTargets,
    ...(options.resolve && { resolve: options.resolve }),
  });
  const segmentIds = input.segments === undefined ? null : [...new Set(input.segments)];
  if (segmentIds?.length === 0) {
    problems.push({
      code: 'NO_SEGMENTS',
      message: 'List at least one segment id, or leave "segments" out to receive every segment’s events.',
      path: 'segments',
    });
  }
  for (const [index, id] of (segmentIds ?? []).entries()) {
    if (!(await engine.store.segments.get(id)))
      problems.push({
        code: 'UNKNOWN_SEGMENT',
        message: `There is no segment "${id}".`,
        path: `segments[${index}]`,
      });
  }
  if (problems.length > 0) {
    throw new EngineError(
      'INVALID_RECORD',
      `The webhook was not saved: ${problems.map((p) => p.message).join(' ')}`,
      problems,
    );
  }
  const stored = await engine.store.transaction(async (tx) =>
    tx.webhooks.create({
      url: input.url,
      secret: newWebhookSecret(),
      segmentIds,
      afterSeq: await tx.events.lastSeq(),
    }),
  );
  return { ...webhookView(stored), secret: stored.secret };
}

/** Every webhook, oldest first, without secrets. */
export async function listWebhooks(engine: Engine): Promise<WebhookView[]> {
  return (await engine.store.webhooks.list()).map(webhookView);
}

/** Deletes a webhook; its deliveries stop. NOT_FOUND when there is none. */
export async function deleteWebhook(engine: Engine, id: string): Promise<void> {
  if (!(await engine.store.webhooks.delete(id)))
    throw new EngineError('NOT_FOUND', `There is no webhook "${id}".`);
}

async function urlProblems(url: string, policy: WebhookTargetPolicy): Promise<Problem[]> {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const shown = `"${url.slice(0, 100)}"`;
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || url.length > maxUrlLength) {
    const message = `${shown} is not an http or https URL of at most ${maxUrlLength} characters.`;
    return [{ code: 'INVALID_URL', message, path: 'url' }];
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // Not repeated in the answer: it would hold the password.
    const message =
      'The URL carries a user name or password; a webhook URL may not (deliveries are signed instead).';
    return [{ code: 'INVALID_URL', message, path: 'url' }];
  }
  const refused = await urlRefusal(parsed, policy);
  return refused
    ? [{ code: 'REFUSED_TARGET', message: `${shown} is refused: ${refused.message}`, path: 'url' }]
    : [];
}
