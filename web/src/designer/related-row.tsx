import { Button, Select, Field } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { Entity } from '../api/index.ts';
import type { GroupNode, RelatedNode } from './definition-types.ts';
import { useDesigner, useFocusOnAdd, useNodeProblems } from './designer-context.tsx';
import { controlProblems } from './problem-index.ts';
import { invalidProps, ProblemList } from './problem-list.tsx';
import { RelatedCount } from './related-count.tsx';
import {
  entityNamed,
  relationshipDynamicsLabel,
  relationshipLabel,
  relationshipNamed,
} from './schema-lookup.ts';
import { without } from './tree-edit.ts';

/** What a related row hands to the editor of its nested conditions. */
export interface RelatedWhereProps {
  readonly where: GroupNode | undefined;
  readonly entity: Entity;
  readonly path: string;
  readonly onChange: (where: GroupNode | undefined) => void;
  readonly emptyHint: string;
}

export interface RelatedRowProps {
  readonly node: RelatedNode;
  /** The entity the relationship starts from. */
  readonly entity: Entity;
  readonly path: string;
  readonly onChange: (node: RelatedNode) => void;
  readonly onRemove: () => void;
  /** Renders the nested conditions (passed in, since they may hold related rows themselves). */
  readonly renderWhere: (props: RelatedWhereProps) => ReactNode;
}

/**
 * A related-entity row: the relationship in a marketer's words (`Company (the contact's account)`,
 * with Dynamics' `Account (Contact -> Account (Company Name))` as its tooltip), conditions that one
 * related record must meet, and for one-to-many relationships how many such records (at least / at
 * most / exactly N) in what window (behaviour rows).
 */
export function RelatedRow({ node, entity, path, onChange, onRemove, renderWhere }: RelatedRowProps) {
  const { schema, readOnly } = useDesigner();
  const problems = useNodeProblems(path);
  const focusRef = useFocusOnAdd(path);
  const problemsId = useId();
  const relationship = relationshipNamed(entity, node.relationship);
  const target = relationship === undefined ? undefined : entityNamed(schema, relationship.to);
  return (
    <div role="group" aria-label="Related entity" className="designer-related">
      <div className="designer-controls">
        <Field label="Relationship" orientation="horizontal">
          <Select
            ref={focusRef}
            disabled={readOnly}
            value={node.relationship}
            onChange={(event) => {
              onChange({ kind: 'related', relationship: event.target.value });
            }}
            {...invalidProps(controlProblems(problems, path, 'relationship'), problemsId)}
          >
            {relationship === undefined && (
              <option value={node.relationship}>{node.relationship || 'Select related entity'}</option>
            )}
            {entity.relationships.map((candidate) => (
              <option
                key={candidate.name}
                value={candidate.name}
                title={relationshipDynamicsLabel(schema, entity, candidate)}
              >
                {relationshipLabel(schema, entity, candidate)}
              </option>
            ))}
          </Select>
        </Field>
        {!readOnly && (
          <Button className="designer-delete" onClick={onRemove}>
            Delete related entity
          </Button>
        )}
      </div>
      {relationship?.cardinality === 'oneToMany' && target !== undefined && (
        <RelatedCount
          node={node}
          target={target}
          onChange={onChange}
          problems={problems}
          path={path}
          problemsId={problemsId}
        />
      )}
      <ProblemList id={problemsId} problems={problems} />
      {target !== undefined &&
        renderWhere({
          where: node.where,
          entity: target,
          path: `${path}.where`,
          onChange: (where) => {
            onChange(where === undefined ? without(node, 'where') : { ...node, where });
          },
          emptyHint: `No conditions: any ${target.displayName} counts`,
        })}
    </div>
  );
}
