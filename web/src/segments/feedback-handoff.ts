import type { QueryClient } from '@tanstack/react-query';
import type { Problem, Segment } from '../api/index.ts';

/** A live segment that reads the one on the page, which is why it cannot be stopped or deleted. */
export type UsedBy = Pick<Segment, 'id' | 'name'>;

/** What a segment's page reports after an action: an error, the problems, or a note of success. */
export interface Feedback {
  readonly error?: string;
  readonly problems?: readonly Problem[];
  readonly notice?: string;
  /** After a refused Stop or Delete: the live segments that use this one. */
  readonly usedBy?: readonly UsedBy[];
  /**
   * A new segment's page moves to the segment's own address: the command that had the focus there
   * (`data-command` of the command bar: Save, or Go Live and Stop) takes it again on the new page.
   */
  readonly focusCommand?: string;
}

const key = (segmentId: string) => ['segment-feedback', segmentId] as const;

/**
 * Keeps feedback for the page of `segmentId` across a navigation: a new segment that was saved but
 * could not go live moves to its own address, and its problems must still show there.
 */
export function handOver(client: QueryClient, segmentId: string, feedback: Feedback): void {
  client.setQueryData(key(segmentId), feedback);
}

/** The feedback handed over to the page of `segmentId`, once. */
export function takeOver(client: QueryClient, segmentId: string | undefined): Feedback {
  if (segmentId === undefined) return {};
  const feedback = client.getQueryData<Feedback>(key(segmentId)) ?? {};
  client.removeQueries({ queryKey: key(segmentId) });
  return feedback;
}

const listKey = ['segments-list-feedback'] as const;

/** Tells the Segments list, which a deleted segment's page goes to, what was deleted. */
export function handOverDeleted(client: QueryClient, name: string): void {
  client.setQueryData(listKey, name);
}

/** The name of the segment just deleted, once, when the list is reached from its page. */
export function takeOverDeleted(client: QueryClient): string | undefined {
  const name = client.getQueryData<string>(listKey);
  client.removeQueries({ queryKey: listKey });
  return name;
}
