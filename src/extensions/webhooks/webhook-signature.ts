import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures: `X-Segmint-Signature: sha256=<hex>` is the HMAC-SHA256 of the raw request body
 * keyed with the webhook's secret. The body carries `sentAt` (also in `X-Segmint-Timestamp`), so the
 * signature covers the time too and a receiver can refuse old replays.
 */

export const signatureHeader = 'x-segmint-signature';
export const timestampHeader = 'x-segmint-timestamp';
export const deliveryHeader = 'x-segmint-delivery';

/** A new webhook secret: 32 random bytes, prefixed so it is recognisable in a config file. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The signature header value of `body` under `secret`. */
export function signWebhookBody(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * True when `header` is the signature of `body` under `secret`, compared in constant time. Receivers
 * check the raw body as it arrived, before parsing it.
 *
 * @example
 * if (!verifyWebhookSignature(secret, rawBody, req.headers['x-segmint-signature'])) res.statusCode = 401;
 */
export function verifyWebhookSignature(
  secret: string,
  body: string | Buffer,
  header: string | readonly string[] | undefined,
): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
