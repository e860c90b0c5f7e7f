/**
 * The arrays an evaluation works in (a flag or a count per row), reused from one evaluation to the
 * next instead of made new each time. A fresh array of a million rows is fresh memory, and the
 * operating system hands memory over a page at a time: on our machines 2.5 ms for each megabyte of
 * flags and 10 ms for a million counts, where clearing one already held takes a few hundredths of a
 * millisecond. An evaluation of "Raleigh or North Carolina craft beer fans" made four such arrays;
 * "opened at least 3 emails" three, one of them a million counts.
 *
 * `inScratch` runs one evaluation: every array `flagRows`, `countRows` and `rowList` hand out meanwhile goes back
 * to the pool when it ends, except those its result keeps. Outside it they are made new, as before.
 * Evaluations are synchronous, so no two share the pool at once; one inside another uses the outer's
 * and keeps what its own result keeps.
 */

/** Arrays of one kind and length kept for reuse, at most this many of each. */
const perLength = 6;
/** Bytes the pool keeps at most, over every kind and length. */
const maxPooledBytes = 96 * 2 ** 20;

const pools = { flags: new Map<number, Uint8Array[]>(), counts: new Map<number, Int32Array[]>() };
let pooledBytes = 0;
let handedOut: (Uint8Array | Int32Array)[] | undefined;

function take<A extends Uint8Array | Int32Array>(
  pool: Map<number, A[]>,
  length: number,
  make: () => A,
  clear = true,
): A {
  if (!handedOut) return make();
  const reused = pool.get(length)?.pop();
  let array: A;
  if (reused) {
    pooledBytes -= reused.byteLength;
    if (clear) reused.fill(0);
    array = reused;
  } else array = make();
  handedOut.push(array);
  return array;
}

/** A flag per row, all 0. */
export function flagRows(length: number): Uint8Array {
  return take(pools.flags, length, () => new Uint8Array(length));
}

/** A count per row, all 0. */
export function countRows(length: number): Int32Array {
  return take(pools.counts, length, () => new Int32Array(length));
}

/**
 * Room for a list of at least `length` row numbers, its contents left as they were: a power of two
 * long, so that lists of about the same length share arrays from one evaluation to the next.
 */
export function rowList(length: number): Int32Array {
  const room = 2 ** Math.ceil(Math.log2(Math.max(1024, length)));
  return take(pools.counts, room, () => new Int32Array(room), false);
}

/**
 * Runs `evaluate` with the pool, then takes back every array handed out meanwhile except those in
 * `kept(result)` (none when it throws).
 */
export function inScratch<T>(evaluate: () => T, kept: (result: T) => readonly object[]): T {
  const outer = handedOut;
  if (outer) {
    // Inside another evaluation: its arrays go back with the outer's, but never what this result keeps.
    const result = evaluate();
    const keep = new Set(kept(result));
    for (let i = outer.length - 1; i >= 0; i--) if (keep.has(outer[i] as object)) outer.splice(i, 1);
    return result;
  }
  const handed: (Uint8Array | Int32Array)[] = [];
  handedOut = handed;
  let keep: ReadonlySet<object> = new Set();
  try {
    const result = evaluate();
    keep = new Set(kept(result));
    return result;
  } finally {
    handedOut = undefined;
    for (const array of handed) {
      if (keep.has(array) || pooledBytes + array.byteLength > maxPooledBytes) continue;
      const pool = (array instanceof Uint8Array ? pools.flags : pools.counts) as Map<
        number,
        (typeof array)[]
      >;
      const list = pool.get(array.length) ?? [];
      if (list.length >= perLength || list.includes(array)) continue;
      list.push(array);
      pool.set(array.length, list);
      pooledBytes += array.byteLength;
    }
  }
}
