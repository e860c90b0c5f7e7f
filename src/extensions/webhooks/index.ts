/**
 * The webhooks extension: membership events delivered to subscribed URLs, signed, in order, retried
 * until acknowledged, by the leading process only. It uses the engine through its public face alone.
 */
export {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  type WebhookInput,
  type WebhookView,
} from './webhooks.ts';
export { WebhookDelivery, type WebhookDeliveryOptions, type WebhookPayload } from './webhook-delivery.ts';
export type { ResolveHost } from './webhook-target-policy.ts';
export {
  signatureHeader,
  signWebhookBody,
  timestampHeader,
  verifyWebhookSignature,
} from './webhook-signature.ts';
