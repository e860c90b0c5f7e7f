import { Button } from '@fluentui/react-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useParams } from 'wouter';
import { ApiError, type CrmRecord } from '../api/index.ts';
import { entityOf, useSchema } from '../data/index.ts';
import { displayValue } from '../records/record-values.ts';
import { useApi } from '../session/index.ts';
import { ContactEditor } from './contact-editor.tsx';
import { handOverSavedContact } from './contact-handoff.ts';
import { ContactSegments } from './contact-segments.tsx';
import { DeleteContact } from './delete-contact.tsx';
import { LoadError, Loading } from './query-state.tsx';
import './contacts.css';

/** A contact's name for headings: its full name, else its email, else "(no name)". */
export function contactName(contact: CrmRecord): string {
  for (const value of [contact.fullname, contact.emailaddress1]) {
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '(no name)';
}

/**
 * `/contacts/:id`: one contact, to edit (Save, Save & Close) or delete, with the segments it belongs
 * to and why it is or is not in any segment.
 */
export function ContactPage() {
  const api = useApi();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const { id } = useParams<{ id: string }>();
  const schema = useSchema();
  const contact = useQuery({
    queryKey: ['contact', id],
    queryFn: () => api.get('/api/contacts/{id}', { params: { path: { id } } }),
  });

  if (schema.isPending || contact.isPending) return <Loading what="the contact" />;
  if (contact.isError) {
    const missing = contact.error instanceof ApiError && contact.error.status === 404;
    return (
      <div className="contact-page">
        <h1>Contact not found</h1>
        {missing ? (
          <p>There is no contact with this address; it may have been deleted. Go back to Contacts.</p>
        ) : (
          <LoadError what="The contact" error={contact.error} onRetry={() => void contact.refetch()} />
        )}
        <Button
          onClick={() => {
            navigate('/contacts');
          }}
        >
          Contacts
        </Button>
      </div>
    );
  }
  if (schema.isError)
    return <LoadError what="The schema" error={schema.error} onRetry={() => void schema.refetch()} />;
  const entity = entityOf(schema.data, 'contact');
  if (entity === undefined) return <LoadError what="The contact entity" error="the schema has no contact" />;
  const name = contactName(contact.data);
  // What the server stamps (Created On, Modified On): shown, never edited.
  const stamps = entity.attributes.filter((a) => a.name === 'createdon' || a.name === 'modifiedon');

  return (
    <div className="contact-page">
      <ContactEditor
        key={contact.data.id}
        entity={entity}
        schema={schema.data}
        record={contact.data}
        heading={
          <h1>
            {name} <span className="entity-label">Contact</span>
          </h1>
        }
        onSaved={(saved, close) => {
          // Save & Close: back on the list, searched to the contact, with a notice naming it.
          if (close) navigate(handOverSavedContact(client, saved, 'saved'));
        }}
        commands={
          <DeleteContact
            contact={contact.data}
            name={name}
            onDeleted={() => {
              navigate('/contacts');
            }}
          />
        }
      />
      {stamps.length > 0 && (
        <dl className="record-stamps">
          {stamps.map((a) => (
            <div key={a.name}>
              <dt>{a.displayName}</dt>
              <dd>{displayValue(a, contact.data[a.name])}</dd>
            </div>
          ))}
        </dl>
      )}
      <ContactSegments contactId={contact.data.id} />
    </div>
  );
}
