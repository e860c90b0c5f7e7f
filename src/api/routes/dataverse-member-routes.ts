import { z } from 'zod';
import { defineRoutes } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { contextUrl, dataverseTags as tags, odataHeaders } from './dataverse-odata.ts';
import {
  dataverseBase,
  existingContacts,
  fieldError,
  memberIds,
  mqlQuery,
  segmentOr404,
} from './dataverse-segment-record.ts';
import { auditDataverseChange } from './dataverse-segment-writes.ts';

const operations = ['addByIds', 'removeByIds', 'addByQuery', 'removeByQuery', 'getState'] as const;

const bodySchema = z
  .looseObject({
    msdyncrm_segmentid: z
      .string()
      .min(1)
      .max(200)
      .describe('The static segment: its GUID (any case) or Segmint id.'),
    msdyncrm_operation: z.enum(operations, {
      error: `msdyncrm_operation is one of ${operations.join(', ')}.`,
    }),
    msdyncrm_memberids: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe(
        'addByIds, removeByIds: a JSON array of contact ids in a string, each with or without "crm".',
      ),
    msdyncrm_query: z
      .string()
      .max(100_000)
      .optional()
      .describe('addByQuery, removeByQuery: the contacts of this MQL query.'),
  })
  .meta({
    examples: [
      {
        msdyncrm_segmentid: '59AC8BBF-57E7-E811-A9A9-000D3A35F403',
        msdyncrm_operation: 'addByIds',
        msdyncrm_memberids:
          '["B5672BDB-8899-43CB-9FA1-0AE4DC61DAD3", "694E1C8E-F704-4B23-9B07-E65DB1620E47"]',
      },
    ],
  });

const stateSchema = z.object({
  '@odata.context': z.string(),
  State: z
    .literal('Completed')
    .describe('Segmint applies every change before it answers; nothing is ever pending.'),
  PendingOperations: z.literal(0),
  MemberCount: z.number().int(),
});

/**
 * `msdyncrm_SegmentMembersUpdate`: adds contacts to or removes them from a static segment, by id
 * (`addByIds`, `removeByIds`; ids that name no contact are ignored, as Microsoft's page says) or by an
 * MQL query run once (`addByQuery`, `removeByQuery`). Answers 204. Segmint applies the change before it
 * answers, so `getState` always says nothing is pending.
 */
export const dataverseMemberRoutes = defineRoutes((app, { engine }) => {
  app.post(
    `${dataverseBase}/msdyncrm_SegmentMembersUpdate`,
    {
      // A write key changes the members of static segments, as it may through POST /api/segments/{id}/members.
      config: { access: 'write' },
      schema: {
        tags,
        operationId: 'dataverseSegmentMembersUpdate',
        summary: 'Add or remove members of a static segment by ids or by a query',
        body: bodySchema,
        response: {
          200: stateSchema,
          204: z.undefined().describe('Done: the members are changed.'),
          ...errorResponses(400, 404, 422, 503),
        },
      },
    },
    async (request, reply) => {
      const { msdyncrm_segmentid: segmentId, msdyncrm_operation: operation } = request.body;
      const segment = await segmentOr404(engine, segmentId.trim());
      odataHeaders(reply);
      if (operation === 'getState') {
        return reply.code(200).send({
          '@odata.context': contextUrl(
            request,
            'Microsoft.Dynamics.CRM.msdyncrm_SegmentMembersUpdateResponse',
          ),
          State: 'Completed' as const,
          PendingOperations: 0 as const,
          MemberCount: segment.memberCount,
        });
      }
      if (segment.type !== 'static')
        throw fieldError(
          'NOT_STATIC',
          `"${segment.name}" is a dynamic segment: its query decides its members. msdyncrm_SegmentMembersUpdate changes static segments (msdyncrm_segmenttype 192350001).`,
          'body.msdyncrm_segmentid',
        );
      if (operation === 'addByIds' || operation === 'removeByIds') {
        if (request.body.msdyncrm_memberids === undefined)
          throw fieldError(
            'MEMBER_IDS_REQUIRED',
            `${operation} needs msdyncrm_memberids: a JSON array of contact ids.`,
            'body.msdyncrm_memberids',
          );
        const ids = await existingContacts(
          engine,
          memberIds(request.body.msdyncrm_memberids, 'body.msdyncrm_memberids'),
        );
        if (ids.length > 0)
          await engine.editMembers(segment.id, operation === 'addByIds' ? { add: ids } : { remove: ids });
      } else {
        const text = request.body.msdyncrm_query;
        if (text === undefined || text.trim() === '')
          throw fieldError(
            'QUERY_REQUIRED',
            `${operation} needs msdyncrm_query: a segment query such as "PROFILE(contact)".`,
            'body.msdyncrm_query',
          );
        const query = await mqlQuery(engine, text, 'body.msdyncrm_query');
        await engine.editMembers(
          segment.id,
          operation === 'addByQuery' ? { addByQuery: query } : { removeByQuery: query },
        );
      }
      await auditDataverseChange(engine, request, 'segment.members', segment.id);
      return reply.code(204).send();
    },
  );
});
