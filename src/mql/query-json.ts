import { assertNever, type Block, type Query, type WhereNode } from '../definition/index.ts';
import type {
  GroupJson,
  QueryBlockJson,
  QueryJson,
  SegmentBlockJson,
  WhereJson,
} from '../definition/index.ts';

/**
 * A query as the JSON of docs/SEGMENTS.md ("Shape"), which `parseQuery`, `parseDefinition`, the engine and
 * the HTTP API take (the parser's own types): what parseMql answers, so that it can be stored or sent
 * as it is.
 */
export type { GroupJson, QueryJson, WhereJson } from '../definition/index.ts';
export type BlockJson = QueryBlockJson | SegmentBlockJson;

/** The JSON of a query tree, with no empty or default fields. */
export function queryJson(query: Query): QueryJson {
  return { blocks: query.blocks.map(blockJson) };
}

function blockJson(block: Block): BlockJson {
  const combine = block.combine === undefined ? {} : { combine: block.combine };
  switch (block.kind) {
    case 'segmentBlock':
      return { ...combine, segment: block.segment };
    case 'queryBlock':
      return {
        ...combine,
        entity: block.entity,
        ...(block.where ? { where: groupJson(block.where) } : {}),
        ...(block.traverse.length > 0
          ? {
              traverse: block.traverse.map((hop) => ({
                relationship: hop.relationship,
                ...(hop.where ? { where: groupJson(hop.where) } : {}),
              })),
            }
          : {}),
      };
    default:
      return assertNever(block);
  }
}

function groupJson(group: Extract<WhereNode, { kind: 'group' }>): GroupJson {
  return {
    kind: 'group',
    op: group.op,
    ...(group.not ? { not: true as const } : {}),
    children: group.children.map(whereJson),
  };
}

function whereJson(node: WhereNode): WhereJson {
  switch (node.kind) {
    case 'group':
      return groupJson(node);
    case 'condition':
      return {
        kind: 'condition',
        attribute: node.attribute,
        operator: node.operator,
        ...(node.values.length > 0 ? { values: [...node.values] } : {}),
        ...(node.unit === undefined ? {} : { unit: node.unit }),
      };
    case 'related':
      return {
        kind: 'related',
        relationship: node.relationship,
        ...(node.where ? { where: groupJson(node.where) } : {}),
        count: node.count,
        ...(node.window ? { window: node.window } : {}),
      };
    default:
      return assertNever(node);
  }
}
