import { parseDefinition, type SegmentDefinition } from '../definition/index.ts';
import type { Schema } from '../schema/schema.ts';
import type { StoredSegment } from '../store/index.ts';
import { EngineError } from './engine-error.ts';
import { dependenciesOf, type SegmentDependencies } from './maintenance/segment-dependencies.ts';

/** A segment as the engine holds it: the stored row, its parsed definition and what it reads. */
export interface LoadedSegment {
  readonly stored: StoredSegment;
  readonly definition: SegmentDefinition;
  /** Empty for static segments, which read nothing. */
  readonly dependencies: SegmentDependencies;
}

const noDependencies: SegmentDependencies = {
  attributes: new Map(),
  paths: [],
  segments: new Set(),
  clock: [],
  ownTests: new Map(),
};

/**
 * Reads a stored segment's definition (saved only after parsing, so a failure means a damaged row).
 * The limits on definitions are for what comes in: a segment saved before they existed still loads,
 * so that one old oversized segment cannot stop every other from going live.
 */
export function loadSegment(stored: StoredSegment, schema: Schema): LoadedSegment {
  const parsed = parseDefinition(stored.definition, { limits: false });
  if (!parsed.ok) {
    throw new EngineError(
      'INVALID_DEFINITION',
      `segment ${stored.id} has a definition that no longer parses`,
      parsed.problems,
    );
  }
  const definition = parsed.value;
  const dependencies = definition.query ? dependenciesOf(definition.query, schema) : noDependencies;
  return { stored, definition, dependencies };
}
