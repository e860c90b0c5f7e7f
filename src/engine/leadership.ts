import type { LeaderLock } from '../store/index.ts';

/**
 * The campaign for the installation's lead (`store/leader-lock.ts`): while `run` runs, the lock is
 * asked for (and kept) every `everyMs`, and `onGain` is called when this process becomes the leader.
 * Before `run` (a single process: the command line, tests) the engine counts as leading.
 *
 * With the SQLite lease at twice `everyMs`, a process killed just after renewing it is replaced at
 * most three periods later; the engine runs the campaign every quarter of a tick period, so another
 * process takes over within one tick period. On PostgreSQL the lock is free the moment the leader's
 * connection closes, and taken at the next period.
 */
export class Leadership {
  readonly #lock: () => LeaderLock;
  readonly #everyMs: number;
  readonly #onGain: () => void;
  #held: LeaderLock | undefined;
  #campaigning = false;
  #leading = true;
  #timer: NodeJS.Timeout | undefined;
  #asking: Promise<void> = Promise.resolve();

  constructor(lock: () => LeaderLock, everyMs: number, onGain: () => void) {
    this.#lock = lock;
    this.#everyMs = everyMs;
    this.#onGain = onGain;
  }

  /** True while this process leads (always, before `run`). */
  get leads(): boolean {
    return !this.#campaigning || this.#leading;
  }

  /** The lease a SQLite lock should have: long enough to be renewed twice. */
  get leaseMs(): number {
    return this.#everyMs * 2;
  }

  /** Starts campaigning; resolves once the first ask has been answered. */
  run(): Promise<void> {
    if (this.#campaigning) return this.#asking;
    this.#campaigning = true;
    this.#leading = false;
    this.#held = this.#lock();
    this.#timer = setInterval(() => void this.#ask(), this.#everyMs);
    this.#timer.unref();
    return this.#ask();
  }

  /** Stops campaigning and gives the lead up. */
  async stop(): Promise<void> {
    if (!this.#campaigning) return;
    this.#campaigning = false;
    clearInterval(this.#timer);
    await this.#asking;
    await this.#held?.release();
    this.#held = undefined;
    this.#leading = true;
  }

  #ask(): Promise<void> {
    this.#asking = this.#asking.then(async () => {
      const lock = this.#held;
      if (!this.#campaigning || !lock) return;
      const was = this.#leading;
      this.#leading = await lock.hold();
      if (this.#leading && !was) this.#onGain();
    });
    return this.#asking;
  }
}
