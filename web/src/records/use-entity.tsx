import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Entity, Schema } from '../api/index.ts';
import { entityOf, useSchema } from '../data/index.ts';

/** Renders `children` with the entity named in the address and the schema, once the schema is in. */
export function WithEntity({
  name,
  children,
}: {
  name: string;
  children: (entity: Entity, schema: Schema) => ReactNode;
}) {
  const schema = useSchema();
  if (schema.isPending) return <Spinner label="Loading the schema…" />;
  if (schema.error !== null)
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{schema.error.message}</MessageBarBody>
      </MessageBar>
    );
  const entity = entityOf(schema.data, name);
  if (entity === undefined)
    return (
      <>
        <h1>No such entity</h1>
        <p>The schema has no entity “{name}”. Choose one under Records on the left.</p>
      </>
    );
  return children(entity, schema.data);
}
