import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { entityOf, useSchema } from '../data/index.ts';
import { ContactEditor } from './contact-editor.tsx';
import { handOverSavedContact } from './contact-handoff.ts';
import { LoadError, Loading } from './query-state.tsx';
import './contacts.css';

/**
 * `/contacts/new`: the New Contact page. Save creates the contact and opens its page; Save & Close
 * creates it and returns to the list, searched to the new contact, where a notice names it.
 */
export function NewContactPage() {
  const [, navigate] = useLocation();
  const client = useQueryClient();
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
          navigate(handOverSavedContact(client, saved, 'created'));
        }}
      />
    </div>
  );
}
