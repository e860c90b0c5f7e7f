/** The engine stage: live segments that keep their members right on every write and as time passes. */
export { Engine, type EngineOptions } from './engine.ts';
export { ManualClock, systemClock, type Clock } from './clock.ts';
export { EngineError, type EngineErrorCode } from './engine-error.ts';
export type { MemberEdit } from './manual-members.ts';
export type { Drift } from './verify.ts';
export { checkedQuery, definitionProblems } from './definition-check.ts';
export { memberCsv, type MemberCsvOptions } from './member-csv.ts';
export { formulaCellChoices, type FormulaCells } from './csv-fields.ts';
export { dependenciesOf, type SegmentDependencies, type AccessPath } from './maintenance/segment-dependencies.ts';
export type { MembershipExplanation } from './explain.ts';
export type { UpsertResult } from './record-upsert.ts';
export {
  importCsv,
  maxRejectedReported,
  type CsvImportOptions,
  type CsvImportProgress,
  type CsvImportResult,
  type RejectedRow,
} from './csv-import.ts';
export type { CsvInput } from './csv-records.ts';
export {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  type WebhookInput,
  type WebhookView,
} from './webhooks.ts';
export { WebhookDelivery, type WebhookDeliveryOptions, type WebhookPayload } from './webhook-delivery.ts';
export {
  signatureHeader,
  signWebhookBody,
  timestampHeader,
  verifyWebhookSignature,
} from './webhook-signature.ts';
export type {
  ParameterValue,
  SegmentTemplate,
  TemplateParameter,
  TemplateParameterType,
} from './segment-template.ts';
export { galleryTemplate, templateGallery } from './template-gallery.ts';
export { instantiate } from './template-instantiate.ts';
export {
  deleteTemplate,
  findTemplate,
  instantiateTemplate,
  listTemplates,
  saveTemplate,
  type SaveTemplateInput,
} from './template-library.ts';
