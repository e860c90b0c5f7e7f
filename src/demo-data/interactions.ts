import { assetOf, interactionTypes } from './activity.ts';
import { money } from './contacts.ts';
import type { Population } from './population.ts';
import { Random } from './random.ts';
import { recordId } from './record-ids.ts';
import { createdBy, dayMs, interactionsPerDay, spanDays } from './timeline.ts';

type Row = Record<string, unknown>;

/**
 * The interactions of a dataset, oldest first, one day at a time (so the stream never holds more than a
 * day): more of them on recent days, each by a contact that existed then, drawn by activity weight, so
 * a few contacts are very active and many rarely act at all.
 */
export function* interactionRows(
  count: number,
  seed: number,
  nowMs: number,
  contacts: Population,
): Generator<Row> {
  const random = new Random(seed);
  const start = nowMs - spanDays * dayMs;
  let index = 0;
  for (const [day, onDay] of interactionsPerDay(count).entries()) {
    if (onDay === 0) continue;
    const existing = createdBy(contacts.size, (day + 1) / spanDays);
    const times: number[] = [];
    for (let k = 0; k < onDay; k++) times.push(start + (day + random.next()) * dayMs);
    times.sort((a, b) => a - b);
    for (const at of times) {
      const occurredon = new Date(Math.min(at, nowMs - 1000)).toISOString();
      const type = interactionTypes.draw(random);
      const contact = contacts.draw(random, existing);
      const asset = assetOf(type, occurredon, random);
      yield {
        id: recordId('interaction', index++),
        type,
        occurredon,
        assetid: asset.assetid,
        url: asset.url ?? null,
        value: type === 'Purchase' ? money(random, 4, 0.8, 0.01) : null,
        contactid: recordId('contact', Math.max(0, contact)),
      };
    }
  }
}
