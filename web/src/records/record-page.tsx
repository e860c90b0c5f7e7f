import { Button, DialogActions, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import type { CrmRecord, Entity, Schema } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { ModalDialog, PageBreadcrumb, useNotify } from '../shell/index.ts';
import { RecordForm } from './record-form.tsx';
import { handOverSaved, recordHref, recordsApi, searchedListHref } from './records-api.ts';
import { bodyOf, displayValue, formValuesOf, recordName } from './record-values.ts';
import { WithEntity } from './use-entity.tsx';

/** **Delete** and its confirmation; nothing is deleted until Delete is chosen in the dialog. */
function DeleteRecord({ entity, record }: { entity: Entity; record: CrmRecord }) {
  const api = useApi();
  const client = useQueryClient();
  const notify = useNotify();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const name = recordName(entity, record);
  // Cancel starts with the focus: Enter pressed twice deletes nothing.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const remove = async () => {
    try {
      await recordsApi.remove(api, entity.name, record.id);
      await client.invalidateQueries({ queryKey: ['records', entity.name] });
      notify(`${entity.displayName} “${name}” was deleted`, { intent: 'success' });
      navigate(recordHref(entity.name));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <>
      <Button
        onClick={() => {
          setAsking(true);
        }}
      >
        Delete
      </Button>
      {asking && (
        <ModalDialog
          title="Confirm Deletion"
          initialFocus={cancelRef}
          onClose={() => {
            setAsking(false);
          }}
        >
          <p>
            Delete the {entity.displayName.toLocaleLowerCase()} “{name}”? This cannot be undone.
          </p>
          {error !== undefined && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          <DialogActions>
            <Button appearance="primary" onClick={() => void remove()}>
              Delete
            </Button>
            <Button
              ref={cancelRef}
              onClick={() => {
                setAsking(false);
              }}
            >
              Cancel
            </Button>
          </DialogActions>
        </ModalDialog>
      )}
    </>
  );
}

function EditRecord({ entity, schema, id }: { entity: Entity; schema: Schema; id: string }) {
  const api = useApi();
  const client = useQueryClient();
  const notify = useNotify();
  const [, navigate] = useLocation();
  const record = useQuery({
    queryKey: ['records', entity.name, 'one', id],
    queryFn: () => recordsApi.get(api, entity.name, id),
  });
  // A save makes the form anew from what the server stored, and the focus would go with the old one:
  // it goes to the new form's Save, unless something else has it.
  const sectionRef = useRef<HTMLElement>(null);
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    if (saves === 0) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body && active.isConnected) return;
    sectionRef.current?.querySelector<HTMLElement>('form button[type="submit"]')?.focus();
  }, [saves]);
  if (record.isPending) return <Spinner label={`Loading the ${entity.displayName.toLocaleLowerCase()}…`} />;
  if (record.error !== null)
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{record.error.message}</MessageBarBody>
      </MessageBar>
    );
  const initial = formValuesOf(entity, record.data);
  const stamps = entity.attributes.filter((a) => a.name === 'createdon' || a.name === 'modifiedon');
  return (
    <section ref={sectionRef} aria-labelledby="record-title">
      <PageBreadcrumb
        crumbs={[
          { label: entity.pluralDisplayName, href: recordHref(entity.name) },
          { label: recordName(entity, record.data) },
        ]}
      />
      <h1 id="record-title">
        {entity.displayName}: {recordName(entity, record.data)}
      </h1>
      <RecordForm
        // A new form after each save, starting from what the server stored.
        key={JSON.stringify(record.data)}
        entity={entity}
        schema={schema}
        initial={initial}
        commands={<DeleteRecord entity={entity} record={record.data} />}
        onSave={async (values, close) => {
          const saved = await recordsApi.update(api, entity.name, id, bodyOf(entity, values, initial));
          client.setQueryData(['records', entity.name, 'one', id], saved);
          await client.invalidateQueries({ queryKey: ['records', entity.name, 'list'] });
          if (close) {
            // Save & Close: back on the list, searched to the record, with a notice naming it.
            handOverSaved(client, entity, saved, 'saved');
            navigate(searchedListHref(entity, saved));
            return;
          }
          notify(`${entity.displayName} saved`, { intent: 'success', body: recordName(entity, saved) });
          setSaves((n) => n + 1);
        }}
      />
      {stamps.length > 0 && (
        <dl className="record-stamps">
          {stamps.map((a) => (
            <div key={a.name}>
              <dt>{a.displayName}</dt>
              <dd>{displayValue(a, record.data[a.name])}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** `/records/:entity/:id`: one record in a form made from its entity, with Save, Save & Close and Delete. */
export function RecordPage() {
  const { entity, id } = useParams<{ entity: string; id: string }>();
  return (
    <WithEntity name={entity}>
      {(found, schema) => <EditRecord key={`${found.name}/${id}`} entity={found} schema={schema} id={id} />}
    </WithEntity>
  );
}
