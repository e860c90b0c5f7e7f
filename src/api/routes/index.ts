import type { ApiPlugin } from '../api-plugin.ts';
import { auditRoutes } from './audit-routes.ts';
import { contactSegmentRoutes } from './contact-segment-routes.ts';
import { dataverseRoutes } from './dataverse-routes.ts';
import { accountRoutes, contactRoutes, leadRoutes } from './entity-routes.ts';
import { eventRoutes } from './event-routes.ts';
import { explainRoutes } from './explain-routes.ts';
import { healthRoutes } from './health-routes.ts';
import { importRoutes } from './import-routes.ts';
import { interactionRoutes } from './interaction-routes.ts';
import { keyRoutes } from './key-routes.ts';
import { memberRoutes } from './member-routes.ts';
import { mqlPrintRoutes } from './mql-print-routes.ts';
import { mqlRoutes } from './mql-routes.ts';
import { recordRoutes } from './record-routes.ts';
import { schemaRoutes } from './schema-routes.ts';
import { segmentCheckRoutes } from './segment-check-routes.ts';
import { segmentLifecycleRoutes } from './segment-lifecycle-routes.ts';
import { segmentRoutes } from './segment-routes.ts';
import { templateRoutes } from './template-routes.ts';
import { webhookRoutes } from './webhook-routes.ts';

/**
 * Every group of API routes, registered in this order by `buildApp` with the engine. A new group is
 * one plugin file in this folder and one line here.
 */
export const routePlugins: readonly ApiPlugin[] = [
  healthRoutes,
  schemaRoutes,
  recordRoutes,
  contactRoutes,
  contactSegmentRoutes,
  accountRoutes,
  leadRoutes,
  interactionRoutes,
  segmentRoutes,
  segmentCheckRoutes,
  segmentLifecycleRoutes,
  mqlRoutes,
  mqlPrintRoutes,
  memberRoutes,
  explainRoutes,
  eventRoutes,
  importRoutes,
  webhookRoutes,
  templateRoutes,
  keyRoutes,
  auditRoutes,
  dataverseRoutes,
];
