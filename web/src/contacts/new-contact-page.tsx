import { useLocation } from 'wouter';
import { entityOf, useSchema } from '../data/index.ts';
import { useNotify } from '../shell/index.ts';
import { ContactEditor } from './contact-editor.tsx';
import { LoadError, Loading } from './query-state.tsx';
import './contacts.css';

/** A record's attribute as text ('' when it has none). */
const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * `/contacts/new`: the New Contact page. Save creates the contact and opens its page; Save & Close
 * creates it, says so (a toast naming it) and returns to the list, searched to the new contact.
 */
export function NewContactPage() {
  const [, navigate] = useLocation();
  const notify = useNotify();
  const schema = useSchema();
  if (schema.isPending) return <Loading what="the contact form" />;
  if (schema.isError)
    return <LoadError what="The schema" error={schema.error} onRetry={() => void schema.refetch()} />;
  const entity = entityOf(schema.data, 'contact');
  if (entity === undefined) return <LoadError what="The contact entity" error="the schema has no contact" />;
  return (
    <div className="contact-page">
      <ContactEditor
        entity={entity}
        schema={schema.data}
        heading={<h1>New Contact</h1>}
        onSaved={(saved, close) => {
          if (!close) {
            navigate(`/contacts/${encodeURIComponent(saved.id)}`);
            return;
          }
          // Back on the list, searched to the new contact, so that it does not vanish into an A–Z list.
          const name = textOf(saved.fullname) || textOf(saved.emailaddress1);
          notify('Contact created', { intent: 'success', ...(name === '' ? {} : { body: name }) });
          navigate(name === '' ? '/contacts' : `/contacts?search=${encodeURIComponent(name)}`);
        }}
      />
    </div>
  );
}
