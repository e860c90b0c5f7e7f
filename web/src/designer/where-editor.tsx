import { Button, Checkbox, Select } from '@fluentui/react-components';
import { useId } from 'react';
import type { Entity } from '../api/index.ts';
import { AddButtons } from './add-buttons.tsx';
import { ConditionRow } from './condition-row.tsx';
import { assertNever, type GroupNode, type WhereNode } from './definition-types.ts';
import { useDesigner, useNodeProblems } from './designer-context.tsx';
import { controlProblems } from './problem-index.ts';
import { carryKey, keysOf } from './node-keys.ts';
import { invalidProps, ProblemList } from './problem-list.tsx';
import { RelatedRow } from './related-row.tsx';
import { removeAt, replaceAt, withChild, without } from './tree-edit.ts';

/** The conditions of a block or related row, and the groups nested in them (these call each other). */

export interface WhereEditorProps {
  /** The block's or related row's `where`; undefined when it has no conditions. */
  readonly where: GroupNode | undefined;
  readonly entity: Entity;
  /** Where `where` is in the definition: `query.blocks[0].where`. */
  readonly path: string;
  /** Called with undefined once the last condition is deleted: no `where` at all, never an empty group. */
  readonly onChange: (where: GroupNode | undefined) => void;
  /** What "no conditions" means here: "No conditions: this block finds all contacts". */
  readonly emptyHint: string;
}

/** The top group of a block or related row, or a hint and the add buttons while it has none. */
export function WhereEditor({ where, entity, path, onChange, emptyHint }: WhereEditorProps) {
  if (where === undefined) {
    return (
      <div className="designer-where">
        <p className="designer-hint">{emptyHint}</p>
        <AddButtons
          entity={entity}
          at={`${path}.children[0]`}
          onAdd={(node) => {
            onChange(withChild(undefined, node));
          }}
        />
      </div>
    );
  }
  return (
    <GroupEditor
      group={where}
      entity={entity}
      path={path}
      onChange={(group) => {
        onChange(group.children.length === 0 ? undefined : group);
      }}
    />
  );
}

interface GroupEditorProps {
  readonly group: GroupNode;
  readonly entity: Entity;
  readonly path: string;
  readonly onChange: (group: GroupNode) => void;
  /** Deletes a nested group; absent on the top group. */
  readonly onRemove?: () => void;
}

/** A group: And/Or, Not, its rows and groups, the add buttons, and Delete group when nested. */
function GroupEditor({ group, entity, path, onChange, onRemove }: GroupEditorProps) {
  const { readOnly } = useDesigner();
  const problems = useNodeProblems(path);
  const problemsId = useId();
  const nested = onRemove !== undefined;
  const setChild = (index: number, child: WhereNode) => {
    onChange({
      ...group,
      children: replaceAt(group.children, index, carryKey(group.children[index], child)),
    });
  };
  const keys = keysOf(group.children);
  return (
    <div
      role="group"
      aria-label={nested ? 'Group' : 'Conditions'}
      className={nested ? 'designer-group nested' : 'designer-group'}
    >
      <div className="designer-controls">
        <Select
          aria-label="And/Or"
          disabled={readOnly}
          value={group.op}
          onChange={(event) => {
            onChange({ ...group, op: event.target.value === 'or' ? 'or' : 'and' });
          }}
          {...invalidProps(controlProblems(problems, path, 'op'), problemsId)}
        >
          <option value="and">And</option>
          <option value="or">Or</option>
        </Select>
        <Checkbox
          className="designer-check"
          label="Not"
          disabled={readOnly}
          checked={group.not === true}
          onChange={(_event, data) => {
            onChange(data.checked === true ? { ...group, not: true } : without(group, 'not'));
          }}
        />
        {onRemove !== undefined && !readOnly && (
          <Button className="designer-delete" onClick={onRemove}>
            Delete group
          </Button>
        )}
      </div>
      <ProblemList id={problemsId} problems={problems} />
      {group.children.length === 0 && (
        <p className="designer-hint">This group is empty: add a row or delete the group.</p>
      )}
      <ol className="designer-children">
        {group.children.map((child, index) => (
          <li key={keys[index]}>
            {index > 0 && <span className="designer-joiner">{group.op === 'and' ? 'and' : 'or'}</span>}
            <WhereNodeEditor
              node={child}
              entity={entity}
              path={`${path}.children[${index}]`}
              onChange={(next) => {
                setChild(index, next);
              }}
              onRemove={() => {
                onChange({ ...group, children: removeAt(group.children, index) });
              }}
            />
          </li>
        ))}
      </ol>
      <AddButtons
        entity={entity}
        at={`${path}.children[${group.children.length}]`}
        onAdd={(node) => {
          onChange(withChild(group, node));
        }}
      />
    </div>
  );
}

interface WhereNodeEditorProps {
  readonly node: WhereNode;
  readonly entity: Entity;
  readonly path: string;
  readonly onChange: (node: WhereNode) => void;
  readonly onRemove: () => void;
}

/** One child of a group, by its kind. */
function WhereNodeEditor({ node, entity, path, onChange, onRemove }: WhereNodeEditorProps) {
  switch (node.kind) {
    case 'condition':
      return <ConditionRow node={node} entity={entity} path={path} onChange={onChange} onRemove={onRemove} />;
    case 'group':
      return <GroupEditor group={node} entity={entity} path={path} onChange={onChange} onRemove={onRemove} />;
    case 'related':
      return (
        <RelatedRow
          node={node}
          entity={entity}
          path={path}
          onChange={onChange}
          onRemove={onRemove}
          renderWhere={(props) => <WhereEditor {...props} />}
        />
      );
    default:
      return assertNever(node);
  }
}
