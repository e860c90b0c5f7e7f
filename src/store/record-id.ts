import { randomBytes } from 'node:crypto';

/**
 * Time-ordered record ids: UUID version 7 (RFC 9562), so ids sort by creation time and new rows land at
 * the end of the primary-key index. Within one millisecond the 12-bit `rand_a` field counts up, so ids
 * made by one process always sort in the order they were made.
 */

let lastMillis = 0;
let sequence = 0;

/** A new UUID v7 such as `01964f0e-8c3a-7b21-9d4e-5f60a1b2c3d4`. */
export function newRecordId(now: number = Date.now()): string {
  let millis = now;
  if (millis <= lastMillis) {
    millis = lastMillis;
    sequence += 1;
    if (sequence > 0xfff) {
      millis += 1;
      sequence = 0;
    }
  } else {
    sequence = randomBytes(2).readUInt16BE() & 0x7ff; // start low so the counter has room to grow
  }
  lastMillis = millis;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(millis, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
