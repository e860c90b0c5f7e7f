import type { ValidQueryBlock } from '../definition/nodes.ts';
import type { EvaluationEnv } from './evaluation-env.ts';
import type { StepOutcome } from './explanation.ts';
import { explainRecord } from './explain-where.ts';
import { blockLevels, type BlockLevel } from './block-levels.ts';
import { matchesGroup } from './match-where.ts';
import type { StoredRecord } from './record-source.ts';
import { reach } from './related-records.ts';

/**
 * Whether `contact` is selected by a query block: it satisfies the last level's `where`, and a chain of
 * records leads back from it, hop by hop, each satisfying its level's `where`, to a record of the
 * block's entity that satisfies the block's `where`. A missing `where` admits every record.
 */
export function matchesQueryBlock(
  block: ValidQueryBlock,
  contact: StoredRecord | undefined,
  env: EvaluationEnv,
  path: string,
): boolean {
  if (!contact) return false;
  const levels = blockLevels(block, env, path);
  // Records already known to lead nowhere, per level: an account shared by many paths is tried once.
  const deadEnds = levels.map(() => new Set<string>());
  const chainFrom = (index: number, record: StoredRecord): boolean => {
    const level = levelAt(levels, index);
    if (!satisfies(level, record, env)) return false;
    if (index === 0) return true;
    const seen = deadEnds[index - 1] ?? new Set<string>();
    for (const previous of reachBack(level, record, env)) {
      if (seen.has(previous.id)) continue;
      if (chainFrom(index - 1, previous)) return true;
      seen.add(previous.id);
    }
    return false;
  };
  return chainFrom(levels.length - 1, contact);
}

/**
 * The same decision as `matchesQueryBlock`, level by level from the contact back to the block's
 * entity, with how many records each level reached and matched and one example each.
 */
export function explainQueryBlock(
  block: ValidQueryBlock,
  contact: StoredRecord | undefined,
  env: EvaluationEnv,
  path: string,
): { readonly matched: boolean; readonly steps: readonly StepOutcome[] } {
  const levels = blockLevels(block, env, path);
  const steps: StepOutcome[] = [];
  let frontier: readonly StoredRecord[] = contact ? [contact] : [];
  for (let index = levels.length - 1; index >= 0; index -= 1) {
    const level = levelAt(levels, index);
    const after = levels[index + 1];
    const reached = after ? distinct(frontier.flatMap((record) => reachBack(after, record, env))) : frontier;
    const matching = reached.filter((record) => satisfies(level, record, env));
    const example = matching[0] ?? reached[0];
    steps.unshift({
      path: level.path,
      entity: level.entity,
      displayName: env.schema.entity(level.entity)?.pluralDisplayName ?? level.entity,
      relationship: level.arrival?.name,
      reached: reached.length,
      matching: matching.length,
      matched: matching.length > 0,
      example: example && explainRecord(level.where, level.entity, example, env, level.wherePath),
    });
    frontier = matching;
  }
  return { matched: frontier.length > 0, steps };
}

function satisfies(level: BlockLevel, record: StoredRecord, env: EvaluationEnv): boolean {
  return !level.where || matchesGroup(level.where, level.entity, record, env, level.wherePath);
}

/** The records of the level before `level` that reach `record` through the hop arriving at `level`. */
function reachBack(level: BlockLevel, record: StoredRecord, env: EvaluationEnv): readonly StoredRecord[] {
  return level.back ? reach(level.back, record, env.records) : [];
}

function levelAt(levels: readonly BlockLevel[], index: number): BlockLevel {
  const level = levels[index];
  if (!level) throw new RangeError(`no level ${index} in a block of ${levels.length}`);
  return level;
}

function distinct(records: readonly StoredRecord[]): readonly StoredRecord[] {
  const byId = new Map<string, StoredRecord>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  return [...byId.values()];
}
