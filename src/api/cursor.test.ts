import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-error.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const shape = z.object({ s: z.string(), i: z.string() });

describe('cursors', () => {
  it('reads back the position it wrote, as URL-safe text', () => {
    const cursor = encodeCursor({ s: 'fullname', i: 'c/1+2=é' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, shape)).toEqual({ s: 'fullname', i: 'c/1+2=é' });
  });

  it('refuses text that is not a cursor with a 400 INVALID_CURSOR', () => {
    for (const bad of [
      '',
      'not base64 !',
      encodeCursor({ other: 1 }),
      Buffer.from('{').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad, shape)).toThrow(ApiError);
      try {
        decodeCursor(bad, shape);
      } catch (error) {
        expect(error).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
      }
    }
  });
});
