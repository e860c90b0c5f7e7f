import type { StoredRecord } from '../../src/evaluate/index.ts';
import { ColumnarImage } from '../../src/evaluate/columnar/index.ts';
import type { Store } from '../../src/store/index.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What building a columnar image from a store cost. */
export interface LoadedImage {
  readonly image: ColumnarImage;
  /** Reading every record of every entity out of the store, in pages. */
  readonly readMs: number;
  /** Building the columns from those records. */
  readonly buildMs: number;
  /** V8 heap and array buffers the image holds once the records are dropped, measured after a collection. */
  readonly retainedBytes: number;
}

const pageSize = 10_000;

/**
 * Reads every record of every entity of the store's schema (in id order, a page at a time) and
 * builds the columnar image of them, measuring each part and the memory the image keeps.
 */
export async function loadColumnarImage(store: Store): Promise<LoadedImage> {
  const before = heldBytes();
  // The records live only inside `readAndBuild`, so that what is measured after it is the image alone.
  const loaded = await readAndBuild(store);
  return { ...loaded, retainedBytes: heldBytes() - before };
}

async function readAndBuild(store: Store): Promise<Omit<LoadedImage, 'retainedBytes'>> {
  const schema = store.schema();
  const readStart = performance.now();
  const records: Record<string, StoredRecord[]> = {};
  for (const entity of schema.entities.keys()) {
    const rows: StoredRecord[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.records.list(entity, { limit: pageSize, ...(after ? { after } : {}) });
      rows.push(...page);
      after = page.at(-1)?.id;
      if (page.length < pageSize) break;
    }
    records[entity] = rows;
  }
  const readMs = performance.now() - readStart;
  const buildStart = performance.now();
  const image = ColumnarImage.build(schema, records);
  return { image, readMs, buildMs: performance.now() - buildStart };
}

/** V8's heap in use plus array buffers, after a full collection. */
function heldBytes(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

let gc: (() => void) | undefined;

function collectGarbage(): void {
  if (!gc) {
    // The benchmark runs without --expose-gc; this turns it on for a fresh context, which shares the heap.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
