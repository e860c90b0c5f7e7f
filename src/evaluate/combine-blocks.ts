import type { Combine } from '../definition/nodes.ts';
import { assertNever } from '../definition/nodes.ts';

/** The result so far combined with the next block (docs/SEGMENTS.md: blocks combine left to right). */
export function combineBlock(combine: Combine, soFar: boolean, block: boolean): boolean {
  switch (combine) {
    case 'union':
      return soFar || block;
    case 'intersect':
      return soFar && block;
    case 'exclude':
      return soFar && !block;
    default:
      return assertNever(combine);
  }
}

/** True when the next block cannot change the result so far, so it need not be evaluated. */
export function blockIsMoot(combine: Combine, soFar: boolean): boolean {
  return combine === 'union' ? soFar : !soFar;
}
