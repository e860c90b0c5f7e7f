import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import type { Attribute, Entity } from '../api/index.ts';
import { controlOf, formSections, type FieldValue, type FormValues } from './contact-fields.ts';
import type { FieldProblems } from '../data/index.ts';
import { OptionCheckboxes } from '../shell/index.ts';

interface FieldProps {
  readonly attribute: Attribute;
  readonly value: FieldValue | undefined;
  readonly problems: readonly string[] | undefined;
  readonly disabled: boolean;
  readonly onChange: (value: FieldValue) => void;
}

const autoComplete: Readonly<Record<string, string>> = {
  firstname: 'given-name',
  lastname: 'family-name',
  emailaddress1: 'email',
  telephone1: 'tel',
  mobilephone: 'tel',
  jobtitle: 'organization-title',
  address1_city: 'address-level2',
  address1_stateorprovince: 'address-level1',
  address1_country: 'country-name',
  birthdate: 'bday',
};

const inputMode: Readonly<Record<string, 'email' | 'tel'>> = {
  emailaddress1: 'email',
  telephone1: 'tel',
  mobilephone: 'tel',
};

function FieldErrors({ problems }: { problems: readonly string[] | undefined }) {
  if (problems === undefined || problems.length === 0) return null;
  return <p className="field-error">{problems.join(' ')}</p>;
}

/** One field of the contact as a Fluent control (Field with Input or Select, or Checkboxes). */
function ContactField({ attribute, value, problems, disabled, onChange }: FieldProps) {
  const invalid = problems !== undefined && problems.length > 0;
  const control = controlOf(attribute);

  if (control === 'multichoice') {
    const ticked = Array.isArray(value) ? (value as readonly string[]) : [];
    return (
      <fieldset className="field choices" aria-invalid={invalid || undefined}>
        <legend>{attribute.displayName}</legend>
        <div className="choice-list">
          <OptionCheckboxes
            options={attribute.options ?? []}
            ticked={ticked}
            disabled={disabled}
            onChange={onChange}
          />
        </div>
        <FieldErrors problems={problems} />
      </fieldset>
    );
  }

  if (control === 'boolean') {
    return (
      <div className="field checkbox-field">
        <Checkbox
          label={attribute.displayName}
          checked={value === true}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          onChange={(_event, data) => {
            onChange(data.checked === true);
          }}
        />
        <FieldErrors problems={problems} />
      </div>
    );
  }

  const text = typeof value === 'string' ? value : '';
  return (
    <Field
      label={attribute.displayName}
      className="field"
      {...(invalid
        ? {
            validationState: 'error' as const,
            // Not an alert of its own: the form's problems are announced once, at its top.
            validationMessage: { children: problems.join(' '), role: undefined },
          }
        : {})}
    >
      {control === 'choice' ? (
        <Select
          value={text}
          disabled={disabled}
          onChange={(_event, data) => {
            onChange(data.value);
          }}
        >
          <option value="">--Select--</option>
          {(attribute.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          value={text}
          disabled={disabled}
          type={control === 'date' ? 'date' : control === 'datetime' ? 'datetime-local' : 'text'}
          inputMode={control === 'number' ? 'decimal' : inputMode[attribute.name]}
          autoComplete={autoComplete[attribute.name] ?? 'off'}
          onChange={(_event, data) => {
            onChange(data.value);
          }}
        />
      )}
    </Field>
  );
}

/** Props of the contact form. */
export interface ContactFormProps {
  /** The contact entity of the schema: its attributes give each field's label and control. */
  readonly entity: Entity;
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
 * The fields of a contact, in sections, each labelled with its attribute's display name and edited
 * with the control its type needs; the API's problems are shown under the fields they concern.
 */
export function ContactForm({ entity, values, problems, disabled, onChange, onSubmit }: ContactFormProps) {
  return (
    <form
      id={contactFormId}
      className="contact-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {problems.general.length > 0 && (
        <div role="alert" className="form-problems">
          {problems.general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {formSections(entity).map((section) => (
        <section key={section.title} className="card form-section" aria-label={section.title}>
          <h2>{section.title}</h2>
          <div className="field-grid">
            {section.attributes.map((attribute) => (
              <ContactField
                key={attribute.name}
                attribute={attribute}
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
