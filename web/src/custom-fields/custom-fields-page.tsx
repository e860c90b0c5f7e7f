import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Schema } from '../api/index.ts';
import { useSchema } from '../data/index.ts';
import { AttributeForm } from './attribute-form.tsx';
import { EntityForm } from './entity-form.tsx';
import { attributeTypeLabels } from './field-inputs.ts';

const typeLabel = (type: string) => (attributeTypeLabels as Record<string, string>)[type] ?? type;

/** The custom entities and attributes the installation has added so far. */
function CustomSoFar({ schema }: { schema: Schema }) {
  const rows = schema.entities.flatMap((entity) =>
    entity.attributes
      .filter((attribute) => entity.custom || attribute.custom)
      .map((attribute) => ({ entity, attribute })),
  );
  if (rows.length === 0) return <p className="muted">No custom attributes or entities yet.</p>;
  return (
    <div className="table-wrap">
      <Table aria-label="Custom attributes" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Entity</TableHeaderCell>
            <TableHeaderCell>Attribute</TableHeaderCell>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Type</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ entity, attribute }) => (
            <TableRow key={`${entity.name}.${attribute.name}`}>
              <TableCell>
                {entity.displayName}
                {entity.custom ? ' (custom)' : ''}
              </TableCell>
              <TableCell>{attribute.displayName}</TableCell>
              <TableCell>{attribute.name}</TableCell>
              <TableCell>{typeLabel(attribute.type)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Settings › Custom fields: add custom attributes and custom entities; the server checks them. */
export function CustomFieldsPage() {
  const schema = useSchema();
  return (
    <section aria-labelledby="custom-fields-title" className="custom-fields">
      <h1 id="custom-fields-title">Custom fields</h1>
      {schema.isPending && <Spinner label="Loading the schema…" />}
      {schema.error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{schema.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {schema.data !== undefined && (
        <>
          <CustomSoFar schema={schema.data} />
          <div className="custom-forms">
            <AttributeForm schema={schema.data} />
            <EntityForm />
          </div>
        </>
      )}
    </section>
  );
}
