import { z } from 'zod';
import { ApiError } from '../api-error.ts';
import { defineRoutes } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { contextUrl, dataverseTags as tags, odataHeaders } from './dataverse-odata.ts';
import { segmentBodySchema, segmentChange } from './dataverse-segment-body.ts';
import { dataverseBase, mqlQuery } from './dataverse-segment-record.ts';

/** One entry of `ValidationResult`: Dynamics' code and field, with Segmint's message and place. */
interface ValidationError {
  readonly ErrorCode: string;
  readonly FieldName: string;
  readonly Message: string;
  readonly Line?: number;
  readonly Column?: number;
}

/** The Dataverse field a Segmint problem path is about. */
function fieldOf(path: string): string {
  if (path === 'body.' || path === 'body' || path === '') return '';
  if (path.startsWith('query') || path.includes('msdyncrm_query')) return 'msdyncrm_query';
  if (path === 'name') return 'msdyncrm_segmentname';
  if (path === 'timeZone') return 'segmint_timezone';
  if (path === 'type') return 'msdyncrm_segmenttype';
  return path.replace(/^body\./, '');
}

/** The code Dynamics gives a problem of a field (`SegmentDciValidator_SegmentInvalid` for the query). */
function codeOf(field: string): string {
  return field === 'msdyncrm_query' ? 'SegmentDciValidator_SegmentInvalid' : 'SegmentValidator_FieldInvalid';
}

/** Every problem of a segment body, as `ValidationResult` lists them. */
async function validationErrors(
  body: unknown,
  check: (body: unknown) => Promise<Record<string, unknown>>,
  validate: (
    definition: Record<string, unknown>,
  ) => Promise<{ code: string; message: string; path: string }[]>,
): Promise<ValidationError[]> {
  let definition: Record<string, unknown>;
  try {
    definition = await check(body);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const details =
      error.details.length > 0 ? error.details : [{ code: error.code, message: error.message, path: '' }];
    return details.map((d) => {
      const field = fieldOf(d.path);
      const place = d as { line?: unknown; column?: unknown };
      return {
        ErrorCode: codeOf(field),
        FieldName: field,
        Message: d.message,
        ...(typeof place.line === 'number' && typeof place.column === 'number'
          ? { Line: place.line, Column: place.column }
          : {}),
      };
    });
  }
  return (await validate(definition)).map((p) => {
    const field = fieldOf(p.path);
    return { ErrorCode: codeOf(field), FieldName: field, Message: p.message };
  });
}

const answerSchema = z.object({
  '@odata.context': z.string(),
  ValidationResult: z
    .string()
    .describe(
      'A JSON array in a string: `[]` when valid, else `[{"ErrorCode","FieldName","Message","Line"?,"Column"?}]`.',
    ),
});

/**
 * `msdyncrm_ValidateSegment`: checks a segment as a create request would send it, without saving it.
 * Always 200 (for a body that is JSON) with `ValidationResult`, a JSON array in a string, empty when the
 * segment could go live; else one entry per problem, the query's with `SegmentDciValidator_SegmentInvalid`
 * on `msdyncrm_query` as Dynamics reports it, plus Segmint's message and the line and column.
 */
export const dataverseValidateRoutes = defineRoutes((app, { engine }) => {
  app.post(
    `${dataverseBase}/msdyncrm_ValidateSegment`,
    {
      // It checks a body and saves nothing: a read key may.
      config: { access: 'read' },
      schema: {
        tags,
        operationId: 'dataverseValidateSegment',
        summary: 'Check a segment definition without saving it; always 200 with ValidationResult',
        body: z.unknown().meta({
          description: 'A segment as a create of msdyncrm_segments sends it.',
          examples: [
            {
              msdyncrm_segmentname: 'NewSegment',
              msdyncrm_segmentquery: 'PROFILE(contact)',
              msdyncrm_segmenttype: 192350000,
              statuscode: 192350000,
            },
          ],
        }),
        response: { 200: answerSchema, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const errors = await validationErrors(
        request.body,
        async (body) => {
          const parsed = segmentBodySchema.safeParse(body);
          if (!parsed.success) {
            const details = parsed.error.issues.map((i) => ({
              code: 'INVALID_REQUEST',
              message: `${i.path.join('.') || 'body'}: ${i.message}`,
              path: `body.${i.path.join('.')}`,
            }));
            throw new ApiError(400, 'INVALID_REQUEST', 'The body is not valid.', details);
          }
          const change = segmentChange(parsed.data);
          const problems: { code: string; message: string; path: string }[] = [];
          if (change.name === undefined)
            problems.push({
              code: 'NAME_REQUIRED',
              message: 'A segment needs msdyncrm_segmentname.',
              path: 'body.msdyncrm_segmentname',
            });
          if (change.type === undefined)
            problems.push({
              code: 'TYPE_REQUIRED',
              message: 'A segment needs msdyncrm_segmenttype.',
              path: 'body.msdyncrm_segmenttype',
            });
          if (change.type !== 'static' && change.mql == null)
            problems.push({
              code: 'QUERY_REQUIRED',
              message: 'A dynamic or compound segment needs msdyncrm_query.',
              path: 'body.msdyncrm_query',
            });
          if (problems.length > 0)
            throw new ApiError(400, 'INVALID_SEGMENT', 'The segment is not valid.', problems);
          const query =
            change.mql == null ? undefined : await mqlQuery(engine, change.mql, 'body.msdyncrm_query');
          return {
            name: change.name,
            type: change.type === 'static' ? 'static' : 'dynamic',
            ...(change.timeZone === undefined ? {} : { timeZone: change.timeZone }),
            ...(query === undefined ? {} : { query }),
          };
        },
        async (definition) => (await engine.definitionProblems(definition)).map((p) => ({ ...p })),
      );
      odataHeaders(reply);
      return {
        '@odata.context': contextUrl(request, 'Microsoft.Dynamics.CRM.msdyncrm_ValidateSegmentResponse'),
        ValidationResult: JSON.stringify(errors),
      };
    },
  );
});
