import { Button } from '@fluentui/react-components';
import type { Entity } from '../api/index.ts';
import type { WhereNode } from './definition-types.ts';
import { useDesigner, useRequestFocus } from './designer-context.tsx';
import { interactionRelationship } from './schema-lookup.ts';
import { newBehaviour, newCondition, newGroup, newRelated } from './tree-edit.ts';

/**
 * The buttons that add to a group: **Add row**, **Add group**, **Add related entity**, and on contacts
 * **Add behavior** (interactions counted in a window). Hidden when the designer is read-only.
 */
export function AddButtons({
  entity,
  at,
  onAdd,
}: {
  readonly entity: Entity;
  /** The path the added node will have; its first control then takes the focus. */
  readonly at: string;
  readonly onAdd: (node: WhereNode) => void;
}) {
  const { schema, readOnly } = useDesigner();
  const requestFocus = useRequestFocus();
  const add = (node: WhereNode) => {
    requestFocus(node.kind === 'group' ? `${at}.children[0]` : at);
    onAdd(node);
  };
  if (readOnly) return null;
  const behaviour = entity.name === 'contact' && interactionRelationship(schema) !== undefined;
  return (
    <div className="designer-add">
      <Button
        onClick={() => {
          add(newCondition());
        }}
      >
        Add row
      </Button>
      <Button
        onClick={() => {
          add(newGroup());
        }}
      >
        Add group
      </Button>
      {entity.relationships.length > 0 && (
        <Button
          onClick={() => {
            add(newRelated());
          }}
        >
          Add related entity
        </Button>
      )}
      {behaviour && (
        <Button
          onClick={() => {
            add(newBehaviour(schema));
          }}
        >
          Add behavior
        </Button>
      )}
    </div>
  );
}
