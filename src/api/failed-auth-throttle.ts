import type { FastifyReply } from 'fastify';
import { ApiError } from './api-error.ts';

/**
 * Slows down guessing keys: a client (by address) that presented `maxFailures` wrong keys within
 * `windowMs` is refused with 429 and `Retry-After` until its window ends, before any key it sends is
 * looked at, so a right guess in that time reveals nothing. Requests without any key are not counted
 * (a browser opening the app before signing in). Per process: behind several processes an attacker
 * gets `maxFailures` per process and window, still a few hundred guesses an hour against keys of 256
 * random bits.
 */
export interface FailedAuthThrottle {
  /** Throws the 429 when `client` is over its limit. */
  check(client: string, reply: FastifyReply): void;
  /** Counts a wrong key from `client`. */
  failed(client: string): void;
}

export interface ThrottleOptions {
  readonly maxFailures?: number;
  readonly windowMs?: number;
  /** Clients tracked at most (the oldest windows are dropped first). */
  readonly maxClients?: number;
  readonly now?: () => number;
}

export function failedAuthThrottle({
  maxFailures = 10,
  windowMs = 60_000,
  maxClients = 10_000,
  now = Date.now,
}: ThrottleOptions = {}): FailedAuthThrottle {
  const windows = new Map<string, { start: number; failures: number }>();
  const current = (client: string) => {
    const window = windows.get(client);
    if (window === undefined || window.start + windowMs <= now()) {
      windows.delete(client);
      return undefined;
    }
    return window;
  };
  return {
    check(client, reply) {
      const window = current(client);
      if (window === undefined || window.failures < maxFailures) return;
      const seconds = Math.max(1, Math.ceil((window.start + windowMs - now()) / 1000));
      void reply.header('retry-after', String(seconds));
      throw new ApiError(
        429,
        'TOO_MANY_FAILED_AUTHENTICATIONS',
        `Too many wrong keys from this client; try again in ${seconds} s.`,
      );
    },
    failed(client) {
      const window = current(client);
      if (window !== undefined) {
        window.failures += 1;
        return;
      }
      // A Map iterates in insertion order: the first entry is the oldest window.
      if (windows.size >= maxClients) windows.delete(windows.keys().next().value ?? '');
      windows.set(client, { start: now(), failures: 1 });
    },
  };
}
