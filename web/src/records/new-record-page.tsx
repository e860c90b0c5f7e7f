import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useParams } from 'wouter';
import { useApi } from '../session/index.ts';
import { PageBreadcrumb, useNotify } from '../shell/index.ts';
import { RecordForm } from './record-form.tsx';
import { handOverSaved, recordHref, recordsApi, searchedListHref } from './records-api.ts';
import { bodyOf, formValuesOf, recordName } from './record-values.ts';
import { WithEntity } from './use-entity.tsx';

/**
 * `/records/:entity/new`: an empty form of the entity. Save creates the record and opens it; Save &
 * Close creates it and returns to the entity's list, searched to the new record where it has text to
 * search by, where a notice at the top names it and links to it.
 */
export function NewRecordPage() {
  const { entity } = useParams<{ entity: string }>();
  const api = useApi();
  const client = useQueryClient();
  const notify = useNotify();
  const [, navigate] = useLocation();
  return (
    <WithEntity name={entity}>
      {(found, schema) => (
        <section aria-labelledby="record-title">
          <PageBreadcrumb
            crumbs={[
              { label: found.pluralDisplayName, href: recordHref(found.name) },
              { label: `New ${found.displayName}` },
            ]}
          />
          <h1 id="record-title">New {found.displayName}</h1>
          <RecordForm
            key={found.name}
            entity={found}
            schema={schema}
            initial={formValuesOf(found)}
            onSave={async (values, close) => {
              const created = await recordsApi.create(api, found.name, bodyOf(found, values));
              await client.invalidateQueries({ queryKey: ['records', found.name] });
              if (close) {
                // The list says what was made, with a link to it, even where its search cannot find it.
                handOverSaved(client, found, created, 'created');
                navigate(searchedListHref(found, created));
                return;
              }
              notify(`${found.displayName} created`, { intent: 'success', body: recordName(found, created) });
              navigate(recordHref(found.name, created.id));
            }}
          />
        </section>
      )}
    </WithEntity>
  );
}
