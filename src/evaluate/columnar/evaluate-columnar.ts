import type { Combine, Query, ValidQueryBlock } from '../../definition/nodes.ts';
import { assertNever } from '../../definition/nodes.ts';
import { joinPath } from '../../schema/problem.ts';
import { blockLevels } from '../block-levels.ts';
import { EvaluationError } from '../evaluation-error.ts';
import { InMemoryRecords } from '../in-memory-records.ts';
import { knownQuery } from '../known-query.ts';
import { TimeTests } from '../time-tests.ts';
import type { ColumnarImage } from './columnar-image.ts';
import { groupRows, relatedCounts, type ColumnarEnv } from './columnar-where.ts';
import { countFlagged, flaggedRows, wordsOf } from './flags.ts';
import { markIdRows } from './id-rows.ts';
import { inScratch, flagRows } from './scratch.ts';
import { memberUnits, WorkMeter } from './work-meter.ts';

/** What a columnar evaluation reads besides the query and the image. */
export interface ColumnarContext {
  /** The moment of evaluation; `inLast`, `today` and windows are read against it. */
  readonly now: Date;
  /** The stored members of another segment, for segment blocks. */
  readonly storedMembers: (segmentId: string) => Iterable<string>;
  /**
   * The stored members of another segment as one flag per contact row of the image, where the caller
   * already holds them so (`ColumnarView` keeps them while the members do not change); else undefined
   * and `storedMembers` is read.
   */
  readonly storedMemberRows?: (segmentId: string) => Uint8Array | undefined;
  /**
   * Units of work the evaluation may spend (`WorkMeter`); past them it throws `ColumnarWorkExceeded`
   * having decided nothing. No limit unless told.
   */
  readonly maxWork?: number;
}

/** The contacts a query selects: one flag per contact row of the image. */
export interface ColumnarMembers {
  readonly rows: Uint8Array;
  /** The member ids, in the image's contact order. */
  ids(): string[];
  count(): number;
  /** The units of work the evaluation spent (`WorkMeter`). */
  readonly work: number;
}

const noRecords = new InMemoryRecords({});

/**
 * The members of `query` among the image's contacts, decided for all of them at once as `isMatch`
 * decides each (dates read in `timeZone`): blocks left to right with union, intersect and exclude,
 * groups, related counts in windows, traverse hops, and segment blocks from stored members.
 *
 * @example
 * evaluateColumnar(segment.query, segment.timeZone, image, { now, storedMembers }).ids();
 */
export function evaluateColumnar(
  query: Query,
  timeZone: string,
  image: ColumnarImage,
  context: ColumnarContext,
): ColumnarMembers {
  const env: ColumnarEnv = {
    image,
    times: new TimeTests({ now: new Date(context.now.getTime()), timeZone }),
    meter: new WorkMeter(context.maxWork ?? Number.POSITIVE_INFINITY),
  };
  // Working arrays come from the pool and go back to it, all but the members' flags.
  return inScratch(
    () => evaluateBlocks(query, env, context),
    (members) => [members.rows],
  );
}

function evaluateBlocks(query: Query, env: ColumnarEnv, context: ColumnarContext): ColumnarMembers {
  const contacts = env.image.table('contact');
  const rows = contacts.ids.length;
  let soFar: Uint8Array | undefined;
  // Stored members' flags the view holds are read, never written: a block's rows are combined into
  // a fresh array, and a query of one such block answers with a copy.
  const heldRows = new Set<Uint8Array>();
  knownQuery(query).blocks.forEach((block, index) => {
    const path = joinPath('query', 'blocks', index);
    if (index > 0 && !block.combine) {
      throw new EvaluationError(
        'INVALID_BLOCK',
        'every block after the first needs "combine"',
        joinPath(path, 'combine'),
      );
    }
    env.meter.charge(rows);
    let matched: Uint8Array;
    switch (block.kind) {
      case 'queryBlock':
        matched = queryBlockRows(block, env, path);
        break;
      case 'segmentBlock': {
        const stored = context.storedMemberRows?.(block.segment);
        if (stored?.length === rows) {
          matched = stored;
          heldRows.add(stored);
          break;
        }
        matched = flagRows(rows);
        // Charged by the thousand: the members are many, each found by id.
        markIdRows(contacts, context.storedMembers(block.segment), matched, (found) => {
          env.meter.charge(found * memberUnits);
        });
        break;
      }
      default:
        return assertNever(block);
    }
    soFar = soFar === undefined || !block.combine ? matched : combineRows(block.combine, soFar, matched);
  });
  let answer = soFar ?? flagRows(rows);
  if (heldRows.has(answer)) {
    const copy = flagRows(rows);
    copy.set(answer);
    answer = copy;
  }
  return members(answer, contacts.ids, env.meter.spent);
}

/**
 * The result so far combined with the next block, into a fresh array (`combineBlock`). Rows are flags
 * of 0 or 1, so each combination is a bitwise one, four rows a step over whole words; a loop per
 * combination keeps the choice out of the million-row loop (8 ms with the switch inside at 1M contacts).
 */
function combineRows(combine: Combine, soFar: Uint8Array, block: Uint8Array): Uint8Array {
  const out = flagRows(soFar.length);
  const n = Math.min(out.length, block.length);
  if (combine !== 'intersect') out.set(soFar);
  const [o, a, b] = [wordsOf(out), wordsOf(soFar), wordsOf(block)];
  const words = Math.min(o.length, a.length, b.length, n >> 2);
  switch (combine) {
    case 'union':
      for (let w = 0; w < words; w++) o[w] = (a[w] as number) | (b[w] as number);
      for (let r = words * 4; r < n; r++) out[r] = (soFar[r] as number) | (block[r] as number);
      return out;
    case 'intersect':
      for (let w = 0; w < words; w++) o[w] = (a[w] as number) & (b[w] as number);
      for (let r = words * 4; r < n; r++) out[r] = (soFar[r] as number) & (block[r] as number);
      return out;
    case 'exclude':
      for (let w = 0; w < words; w++) o[w] = (a[w] as number) & ~(b[w] as number);
      for (let r = words * 4; r < n; r++) out[r] = (soFar[r] as number) & (1 - (block[r] as number));
      return out;
    default:
      return assertNever(combine);
  }
}

/**
 * The contacts a query block selects (`matchesQueryBlock`): the block entity's rows that satisfy its
 * `where`, carried hop by hop to the rows they reach that satisfy the hop's `where`, ending on contacts.
 */
function queryBlockRows(block: ValidQueryBlock, env: ColumnarEnv, path: string): Uint8Array {
  const levels = blockLevels(block, { schema: env.image.schema, records: noRecords, times: env.times }, path);
  let reached: Uint8Array | undefined;
  for (const level of levels) {
    const rows = env.image.table(level.entity).ids.length;
    env.meter.charge(rows);
    const satisfying = level.where
      ? groupRows(level.where, level.entity, env, level.wherePath)
      : flagRows(rows).fill(1);
    if (reached && level.back) {
      // A record here is reached when one record of the level before, reached itself, leads to it.
      const leads = relatedCounts(level.back, reached, level.entity, env.image);
      for (let r = 0; r < rows; r++) if ((leads[r] ?? 0) === 0) satisfying[r] = 0;
    }
    reached = satisfying;
  }
  return reached ?? flagRows(env.image.table('contact').ids.length);
}

function members(rows: Uint8Array, ids: readonly string[], work: number): ColumnarMembers {
  return {
    rows,
    work,
    ids: () => {
      const picked = flaggedRows(rows);
      const out = new Array<string>(picked.length);
      for (let i = 0; i < picked.length; i++) out[i] = ids[picked[i] as number] as string;
      return out;
    },
    count: () => countFlagged(rows),
  };
}
