import type { Entity, Schema } from '../api/index.ts';
import type { FieldProblems } from '../data/index.ts';
import { RecordField } from '../records/record-field.tsx';
import type { FieldValue, FormValues } from '../records/record-values.ts';
import { FormProblems } from '../shell/index.ts';
import { formSections } from './contact-fields.ts';

/** Props of the contact form. */
export interface ContactFormProps {
  /** The contact entity of the schema: its attributes are the form's fields. */
  readonly entity: Entity;
  /** The whole schema, for the entity each lookup points to. */
  readonly schema: Schema;
  readonly values: FormValues;
  readonly problems: FieldProblems;
  readonly disabled: boolean;
  readonly onChange: (name: string, value: FieldValue) => void;
  /** Enter in a field saves, as Save does. */
  readonly onSubmit: () => void;
}

/** The form id the page's toolbar buttons submit (they sit outside the form, at the top). */
export const contactFormId = 'contact-form';

/**
 * The fields of a contact, one for each attribute of the schema's contact entity (custom ones too,
 * a lookup as a picker), in sections, each drawn as every record's field is (`RecordField`); the
 * API's problems are shown under the fields they concern.
 */
export function ContactForm({
  entity,
  schema,
  values,
  problems,
  disabled,
  onChange,
  onSubmit,
}: ContactFormProps) {
  return (
    <form
      id={contactFormId}
      className="contact-form"
      aria-label={entity.displayName}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <FormProblems general={problems.general} />
      {formSections(entity).map((section) => (
        <section key={section.title} className="card form-section" aria-label={section.title}>
          <h2>{section.title}</h2>
          <div className="field-grid">
            {section.attributes.map((attribute) => (
              <RecordField
                key={attribute.name}
                attribute={attribute}
                schema={schema}
                value={values[attribute.name]}
                problems={problems.byField[attribute.name]}
                disabled={disabled}
                onChange={(value) => {
                  onChange(attribute.name, value);
                }}
              />
            ))}
          </div>
        </section>
      ))}
    </form>
  );
}
