import { z } from 'zod';

/** One change of membership, as the log keeps it. */
export const eventSchema = z
  .object({
    seq: z.number().int().describe('Orders every event of the installation.'),
    segmentId: z.string(),
    contactId: z.string(),
    change: z.enum(['joined', 'left']),
    at: z.string(),
    cause: z.enum(['data', 'definition', 'clock', 'manual']),
  })
  .meta({ id: 'MembershipEvent' });

const seq = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The query of `GET /api/events`. */
export const eventListQuery = z.object({
  after: seq
    .default(0)
    .describe('Only events after this sequence number (the `nextAfter` of the last call).'),
  segment: z.string().min(1).optional().describe('Only the events of this segment.'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** A page of events, oldest first. */
export const eventPageSchema = z.object({
  items: z.array(eventSchema),
  nextAfter: z.number().int().describe('Pass as `after` to read on.'),
  hasMore: z.boolean().describe('True when more events may follow right away.'),
});

/** The query of `GET /api/events/stream`. */
export const eventStreamQuery = z.object({
  after: seq.optional().describe('Start after this sequence number; by default only events from now on.'),
  segment: z.string().min(1).optional().describe('Only the events of this segment.'),
});

/** The headers of `GET /api/events/stream`. */
export const eventStreamHeaders = z.looseObject({
  'last-event-id': z
    .string()
    .regex(/^\d{1,15}$/, 'Last-Event-ID is the sequence number of the last event received.')
    .optional()
    .describe('Resume after this event (browsers send it when they reconnect); wins over `after`.'),
});
