import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Access } from '../engine/index.ts';

/** How an audited route names what it changed. */
interface AuditedRoute {
  /** `<kind>.<verb>`, as `GET /api/audit` lists it. */
  readonly action: string;
  readonly targetKind: string;
  /** The target: from the path, the request body or the answer (a new thing's id). */
  readonly target: (request: FastifyRequest, answer: unknown) => string | undefined;
}

const field = (value: unknown, name: string): string | undefined => {
  const found =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
  return typeof found === 'string' ? found : undefined;
};
const param = (name: string) => (request: FastifyRequest) => field(request.params, name);
const answerId = (_: FastifyRequest, answer: unknown) => field(answer, 'id');
const route = (action: string, targetKind: string, target: AuditedRoute['target']): AuditedRoute => ({
  action,
  targetKind,
  target,
});

/**
 * The changes recorded in the audit trail, by route (`METHOD /template`): who created, changed,
 * published, stopped or deleted segments, the schema, webhooks, templates and keys. Record writes are
 * not here: they are the data, and the membership event log already says what they did to segments.
 * A test checks that every other route needing `admin` to change something is listed here or in
 * `notAudited`.
 */
export const auditedRoutes: Readonly<Record<string, AuditedRoute>> = {
  'POST /api/segments': route('segment.create', 'segment', answerId),
  'PUT /api/segments/:id': route('segment.update', 'segment', param('id')),
  'DELETE /api/segments/:id': route('segment.delete', 'segment', param('id')),
  'POST /api/segments/:id/go-live': route('segment.go-live', 'segment', param('id')),
  'POST /api/segments/:id/stop': route('segment.stop', 'segment', param('id')),
  'POST /api/segments/:id/members': route('segment.members', 'segment', param('id')),
  'POST /api/schema/:entity/attributes': route('schema.attribute.create', 'attribute', (request) => {
    const entity = field(request.params, 'entity');
    const name = field(request.body, 'name');
    return entity === undefined || name === undefined ? undefined : `${entity}.${name}`;
  }),
  'POST /api/schema/entities': route('schema.entity.create', 'entity', (request) =>
    field(request.body, 'name'),
  ),
  'POST /api/webhooks': route('webhook.create', 'webhook', answerId),
  'DELETE /api/webhooks/:id': route('webhook.delete', 'webhook', param('id')),
  'POST /api/templates': route('template.create', 'template', answerId),
  'DELETE /api/templates/:id': route('template.delete', 'template', param('id')),
  'POST /api/templates/:id/instantiate': route('segment.create', 'segment', answerId),
  'POST /api/keys': route('key.create', 'key', answerId),
  'DELETE /api/keys/:id': route('key.revoke', 'key', param('id')),
};

/**
 * Routes that change nothing stored (they check, count, read or print a definition, or only answer
 * that a path names nothing), so they are not audited.
 */
export const notAudited: ReadonlySet<string> = new Set([
  'POST /api/segments/validate',
  'POST /api/segments/estimate',
  'POST /api/mql/parse',
  'POST /api/mql/print',
  'POST /api/data/v9.0/msdyncrm_ValidateSegment',
  'POST /api/data/v9.0/msdyncrm_FetchContactsByQuery',
  'POST /api/data/v9.0/:resource',
]);

/**
 * Routes that write their own audit entries, as they make them: one Dataverse request can create a
 * segment, set its members and put it live, each an entry (`routes/dataverse-segment-writes.ts`).
 */
export const auditedByHandler: ReadonlySet<string> = new Set([
  'POST /api/data/v9.0/msdyncrm_segments',
  'PATCH /api/data/v9.0/:resource',
  'DELETE /api/data/v9.0/:resource',
  'POST /api/data/v9.0/msdyncrm_SegmentMembersUpdate',
]);

/**
 * Records every successful audited change with the key that made it, before the answer leaves: a
 * client that saw the change succeed can find it in the trail.
 */
export function installAuditTrail(app: FastifyInstance, access: Pick<Access, 'audit'>): void {
  // Only a request whose handler ran changed anything (hooks may answer before it).
  const handled = new WeakSet<FastifyRequest>();
  app.addHook('preHandler', (request, _reply, done) => {
    handled.add(request);
    done();
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode >= 400 || !handled.has(request)) return payload;
    const audited = auditedRoutes[`${request.method} ${request.routeOptions.url ?? ''}`];
    if (audited === undefined) return payload;
    let answer: unknown;
    try {
      answer = typeof payload === 'string' && payload !== '' ? JSON.parse(payload) : undefined;
    } catch {
      answer = undefined;
    }
    await access.audit({
      keyId: request.key?.id ?? null,
      keyName: request.key?.name ?? null,
      action: audited.action,
      targetKind: audited.targetKind,
      // eslint-disable-next-line no-control-regex -- ids may hold anything; the trail holds plain text
      target: (audited.target(request, answer) ?? '').replace(/[\u0000-\u001f\u007f]/g, '\ufffd'),
    });
    return payload;
  });
}
