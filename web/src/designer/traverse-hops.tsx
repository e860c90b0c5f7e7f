import type { Entity, Relationship } from '../api/index.ts';
import type { QueryBlock, TraverseHop } from './definition-types.ts';
import { useDesigner } from './designer-context.tsx';
import { entityNamed, relationshipNamed } from './schema-lookup.ts';
import { replaceAt, without } from './tree-edit.ts';
import { WhereEditor } from './where-editor.tsx';

interface Props {
  readonly block: QueryBlock;
  /** The block's path: `query.blocks[1]`. */
  readonly path: string;
  readonly onChange: (traverse: readonly TraverseHop[]) => void;
}

/**
 * The steps a block takes from its entity to contacts, each with its own conditions on the records
 * it reaches: "accounts in Software, then their contacts whose Job Title contains Manager".
 */
export function TraverseHops({ block, path, onChange }: Props) {
  const { schema } = useDesigner();
  const hops = block.traverse ?? [];
  // The entity each hop starts from: the block's, then the one the hop before reached.
  const steps: { relationship: Relationship | undefined; reached: Entity | undefined }[] = [];
  for (const hop of hops) {
    const from = steps.length === 0 ? entityNamed(schema, block.entity) : steps.at(-1)?.reached;
    const relationship = relationshipNamed(from, hop.relationship);
    steps.push({ relationship, reached: entityNamed(schema, relationship?.to ?? '') });
  }
  return (
    <>
      {hops.map((hop, index) => {
        const { relationship, reached } = steps[index] ?? {};
        if (relationship === undefined || reached === undefined) return null;
        const label = `Then ${relationship.displayName}`;
        return (
          <div key={`${index}-${hop.relationship}`} role="group" aria-label={label} className="designer-hop">
            <p className="designer-hop-title">
              {label}: the {reached.displayName.toLowerCase()} records this step reaches
            </p>
            <WhereEditor
              where={hop.where}
              entity={reached}
              path={`${path}.traverse[${index}].where`}
              onChange={(where) => {
                const next = where === undefined ? without(hop, 'where') : { ...hop, where };
                onChange(replaceAt(hops, index, next));
              }}
              emptyHint={`No conditions: every ${reached.displayName.toLowerCase()} it reaches counts`}
            />
          </div>
        );
      })}
    </>
  );
}
