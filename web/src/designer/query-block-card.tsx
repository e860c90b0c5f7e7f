import { Button, Select, Field } from '@fluentui/react-components';
import { CombineSelect } from './combine-select.tsx';
import type { QueryBlock } from './definition-types.ts';
import { useDesigner } from './designer-context.tsx';
import { ProblemList } from './problem-list.tsx';
import { useBlockFrame } from './use-block-frame.ts';
import { blockEntities, entityNamed, pathsToContact, relationshipNamed } from './schema-lookup.ts';
import { newQueryBlock, without } from './tree-edit.ts';
import { TraverseHops } from './traverse-hops.tsx';
import { WhereEditor } from './where-editor.tsx';

export interface QueryBlockCardProps {
  readonly block: QueryBlock;
  readonly index: number;
  readonly onChange: (block: QueryBlock) => void;
  readonly onRemove: () => void;
}

/**
 * A query block: how it combines with the blocks before, the entity it queries (Contact by default;
 * others reach contacts through `traverse` hops), its conditions, and each hop's own conditions.
 */
export function QueryBlockCard({ block, index, onChange, onRemove }: QueryBlockCardProps) {
  const { schema, readOnly } = useDesigner();
  const { path, problems, focusRef, headingId, problemsId, invalid } = useBlockFrame(index);
  const entity = entityNamed(schema, block.entity);
  const routes = pathsToContact(schema, block.entity);
  const hops = (block.traverse ?? []).map((hop) => hop.relationship);
  const routeKey = (route: readonly string[]) => route.join(' ');
  const routeLabel = (route: readonly string[]) => {
    let from = entity;
    return route
      .map((name) => {
        const relationship = relationshipNamed(from, name);
        from = entityNamed(schema, relationship?.to ?? '');
        return relationship?.displayName ?? name;
      })
      .join(', then ');
  };
  const combine = block.combine === undefined ? {} : { combine: block.combine };

  return (
    <section aria-labelledby={headingId} className="designer-block">
      <div className="designer-controls designer-block-head">
        {index > 0 && (
          <CombineSelect
            value={block.combine}
            onChange={(next) => {
              onChange({ ...block, combine: next });
            }}
            disabled={readOnly}
            invalid={invalid('combine')}
          />
        )}
        <h3 id={headingId}>Block {index + 1}</h3>
        <Field label="Entity" orientation="horizontal">
          <Select
            ref={focusRef}
            disabled={readOnly}
            value={block.entity}
            onChange={(_event, data) => {
              onChange({ ...combine, ...newQueryBlock(schema, data.value) });
            }}
            {...invalid('entity')}
          >
            {entity === undefined && <option value={block.entity}>{block.entity}</option>}
            {blockEntities(schema).map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.displayName}
              </option>
            ))}
          </Select>
        </Field>
        {block.entity !== 'contact' && routes.length > 1 && (
          <Field label="Reaches contacts through" orientation="horizontal">
            <Select
              disabled={readOnly}
              value={routeKey(hops)}
              onChange={(_event, data) => {
                const route = routes.find((candidate) => routeKey(candidate) === data.value) ?? [];
                onChange({ ...block, traverse: route.map((relationship) => ({ relationship })) });
              }}
              {...invalid('traverse')}
            >
              {routes.map((route) => (
                <option key={routeKey(route)} value={routeKey(route)}>
                  {routeLabel(route)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {block.entity !== 'contact' && routes.length <= 1 && hops.length > 0 && (
          <span className="designer-hint">Reaches contacts through {routeLabel(hops)}</span>
        )}
        {!readOnly && (
          <Button className="designer-delete" onClick={onRemove}>
            Delete block
          </Button>
        )}
      </div>
      <ProblemList id={problemsId} problems={problems} />
      {entity !== undefined && (
        <WhereEditor
          where={block.where}
          entity={entity}
          path={`${path}.where`}
          onChange={(where) => {
            onChange(where === undefined ? without(block, 'where') : { ...block, where });
          }}
          emptyHint={
            block.entity === 'contact'
              ? 'No conditions: this block finds all contacts'
              : `No conditions: this block finds the contacts of every ${entity.displayName.toLowerCase()}`
          }
        />
      )}
      <TraverseHops
        block={block}
        path={path}
        onChange={(traverse) => {
          onChange({ ...block, traverse });
        }}
      />
    </section>
  );
}
