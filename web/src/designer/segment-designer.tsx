import { Button } from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import type { Problem } from '../api/index.ts';
import { useSchema } from '../data/index.ts';
import { isSegmentBlock, type Block, type QueryDefinition } from './definition-types.ts';
import { DesignerProvider, type DesignerSettings } from './designer-context.tsx';
import { carryKey, keysOf } from './node-keys.ts';
import { placeProblems } from './problem-index.ts';
import { messageOf } from './problem-list.tsx';
import { QueryBlockCard } from './query-block-card.tsx';
import { SegmentBlockCard } from './segment-block-card.tsx';
import { newQueryBlock, newSegmentBlock, removeAt, replaceAt, withCombines } from './tree-edit.ts';
import './designer.css';

export interface SegmentDesignerProps {
  /** The query being edited. */
  readonly query: QueryDefinition;
  /** Called with the new query on every edit. */
  readonly onChange: (query: QueryDefinition) => void;
  /**
   * Problems from `/api/segments/validate` or a refused go-live; each is shown next to the control
   * its `path` (`query.blocks[1].where.children[0].operator`) names, the others at the top.
   */
  readonly problems: readonly Problem[];
  /** Shows the query without edit controls. */
  readonly readOnly?: boolean;
}

/** The query designer: blocks, rows, groups, related and behaviour rows, segment blocks. */
export function SegmentDesigner({ query, onChange, problems, readOnly = false }: SegmentDesignerProps) {
  const schema = useSchema();
  const pendingFocusRef = useRef<string | undefined>(undefined);
  const placement = useMemo(() => placeProblems(query, problems), [query, problems]);
  const settings = useMemo<DesignerSettings | undefined>(
    () =>
      schema.data === undefined
        ? undefined
        : { schema: schema.data, readOnly, problems: placement, pendingFocusRef },
    [schema.data, readOnly, placement, pendingFocusRef],
  );
  if (schema.isError) {
    return (
      <p role="alert" className="designer-problems">
        The schema could not be loaded, so the query cannot be shown: {schema.error.message}
      </p>
    );
  }
  if (settings === undefined) return <p className="designer-hint">Loading the schema…</p>;

  const setBlocks = (blocks: readonly Block[]) => {
    onChange({ ...query, blocks: withCombines(blocks) });
  };
  const setBlock = (index: number, block: Block) => {
    setBlocks(replaceAt(query.blocks, index, carryKey(query.blocks[index], block)));
  };
  const keys = keysOf(query.blocks);
  const removeBlock = (index: number) => {
    setBlocks(removeAt(query.blocks, index));
  };
  const addBlock = (block: Block) => {
    const at = `query.blocks[${query.blocks.length}]`;
    // A new query block's row is what the marketer fills in next: its Select attribute takes the focus.
    pendingFocusRef.current =
      isSegmentBlock(block) || block.where === undefined ? at : `${at}.where.children[0]`;
    setBlocks([...query.blocks, block]);
  };

  return (
    <DesignerProvider value={settings}>
      <div className="segment-designer">
        {placement.unplaced.length > 0 && (
          <div role="alert" className="designer-problems">
            <p>This query has problems:</p>
            <ul>
              {placement.unplaced.map((problem, index) => (
                <li key={index}>{messageOf(problem)}</li>
              ))}
            </ul>
          </div>
        )}
        {query.blocks.length === 0 && (
          <p className="designer-hint">No query blocks yet: add one to choose contacts.</p>
        )}
        {query.blocks.map((block, index) =>
          isSegmentBlock(block) ? (
            <SegmentBlockCard
              key={keys[index]}
              block={block}
              index={index}
              onChange={(next) => {
                setBlock(index, next);
              }}
              onRemove={() => {
                removeBlock(index);
              }}
            />
          ) : (
            <QueryBlockCard
              key={keys[index]}
              block={block}
              index={index}
              onChange={(next) => {
                setBlock(index, next);
              }}
              onRemove={() => {
                removeBlock(index);
              }}
            />
          ),
        )}
        {!readOnly && (
          <div className="designer-add designer-add-blocks">
            <Button
              onClick={() => {
                addBlock(newQueryBlock(settings.schema));
              }}
            >
              Add query block
            </Button>
            <Button
              onClick={() => {
                addBlock(newSegmentBlock());
              }}
            >
              Add segment block
            </Button>
          </div>
        )}
      </div>
    </DesignerProvider>
  );
}
