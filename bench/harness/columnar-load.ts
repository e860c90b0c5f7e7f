import type { ColumnarImage } from '../../src/evaluate/columnar/index.ts';
import { loadColumnarImage } from '../../src/engine/maintenance/columnar-load.ts';
import type { Store } from '../../src/store/index.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What building a columnar image from a store cost. */
export interface LoadedImage {
  readonly image: ColumnarImage;
  /** Reading every record of every entity out of the store, a page at a time, and adding each page to the columns. */
  readonly loadMs: number;
  /** V8 heap and array buffers the image holds once the records are dropped, measured after a collection. */
  readonly retainedBytes: number;
}

/**
 * Builds the columnar image of every record of the store as an engine's columnar view does
 * (`loadColumnarImage`: pages of 10,000 by id, each added to the columns and dropped), measuring the
 * time and the memory the image keeps.
 */
export async function loadImage(store: Store): Promise<LoadedImage> {
  const before = heldBytes();
  const start = performance.now();
  const image = await loadColumnarImage(store, store.schema());
  const loadMs = performance.now() - start;
  return { image, loadMs, retainedBytes: heldBytes() - before };
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
