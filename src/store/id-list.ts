import { inIdOrder } from './store-context.ts';

/**
 * Ids as one JSON array, UTF-8 bytes (`["ct-1","ct-2"]`), and where each id's JSON string begins:
 * `starts[i]` for id `i`, and `starts[length]` one past the closing bracket. The ids from `a` up to
 * `b` are the bytes from `starts[a]` up to `starts[b] - 1` (a comma, or the bracket).
 */
export interface IdsJson {
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
}

/**
 * Ids in id order (`compareIds`), as a go-live stores them as members and logs them as joins, with
 * their JSON made at most once for both. An id list from the columnar image comes with its JSON
 * already (`IdList.encoded`): copied from the image's bytes, which are read in order, instead of
 * written by `JSON.stringify` from strings scattered over the heap (143,185 members of a million
 * contacts: 35 ms a `JSON.stringify`, where the copy takes a few).
 *
 * @example
 * const list = IdList.of(['ct-2', 'ct-1']);
 * list.ids; // ['ct-1', 'ct-2']
 * list.json(0, 1); // '["ct-1"]'
 */
export class IdList {
  readonly ids: readonly string[];
  readonly #encoded: IdsJson | undefined;
  #whole: string | undefined;

  private constructor(ids: readonly string[], encoded?: IdsJson) {
    this.ids = ids;
    this.#encoded = encoded;
  }

  /** The ids in id order: as they are when they come so, else sorted. */
  static of(ids: Iterable<string>): IdList {
    return ids instanceof IdList ? ids : new IdList(inIdOrder(ids));
  }

  /** Ids the caller knows are in id order, with their JSON (`IdsJson` of exactly these ids). */
  static encoded(ids: readonly string[], json: IdsJson): IdList {
    if (json.starts.length !== ids.length + 1) throw new RangeError('the JSON must be of the ids');
    return new IdList(ids, json);
  }

  get length(): number {
    return this.ids.length;
  }

  *[Symbol.iterator](): Iterator<string> {
    yield* this.ids;
  }

  /** The ids from `start` up to `end` as a JSON array. */
  json(start = 0, end = this.ids.length): string {
    if (start >= end) return '[]';
    const encoded = this.#encoded;
    if (encoded) {
      const { bytes, starts } = encoded;
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      return `[${text.toString('utf8', starts[start], (starts[end] as number) - 1)}]`;
    }
    if (start === 0 && end === this.ids.length) return (this.#whole ??= JSON.stringify(this.ids));
    return JSON.stringify(this.ids.slice(start, end));
  }

  /**
   * Every id as one JSON array: its UTF-8 bytes when the list came with them (no string of it is
   * made; SQLite reads them as text), else its text.
   */
  jsonParam(): string | Uint8Array {
    return this.#encoded?.bytes ?? this.json();
  }
}
