import type { Attribute, Entity } from '../api/index.ts';
import { controlOf, formSections, type FieldValue, type FormValues } from './contact-fields.ts';
import type { FieldProblems } from '../data/index.ts';

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

function FieldErrors({ id, problems }: { id: string; problems: readonly string[] | undefined }) {
  if (problems === undefined || problems.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {problems.join(' ')}
    </p>
  );
}

function Field({ attribute, value, problems, disabled, onChange }: FieldProps) {
  const id = `field-${attribute.name}`;
  const errorId = `${id}-error`;
  const invalid = problems !== undefined && problems.length > 0;
  const described = invalid ? errorId : undefined;
  const control = controlOf(attribute);

  if (control === 'multichoice') {
    const ticked = Array.isArray(value) ? (value as readonly string[]) : [];
    return (
      <fieldset className="field choices" aria-describedby={described} aria-invalid={invalid || undefined}>
        <legend>{attribute.displayName}</legend>
        <div className="choice-list">
          {(attribute.options ?? []).map((option) => (
            <label key={option.value} className="choice">
              <input
                type="checkbox"
                checked={ticked.includes(option.value)}
                disabled={disabled}
                onChange={(event) => {
                  onChange(
                    event.target.checked
                      ? [...ticked, option.value]
                      : ticked.filter((v) => v !== option.value),
                  );
                }}
              />
              {option.label}
            </label>
          ))}
        </div>
        <FieldErrors id={errorId} problems={problems} />
      </fieldset>
    );
  }

  if (control === 'boolean') {
    return (
      <div className="field checkbox-field">
        <label htmlFor={id} className="choice">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            disabled={disabled}
            aria-describedby={described}
            aria-invalid={invalid || undefined}
            onChange={(event) => {
              onChange(event.target.checked);
            }}
          />
          {attribute.displayName}
        </label>
        <FieldErrors id={errorId} problems={problems} />
      </div>
    );
  }

  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    value: text,
    disabled,
    'aria-describedby': described,
    'aria-invalid': invalid || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{attribute.displayName}</label>
      {control === 'choice' ? (
        <select
          {...common}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          <option value="">--Select--</option>
          {(attribute.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={control === 'date' ? 'date' : control === 'datetime' ? 'datetime-local' : 'text'}
          inputMode={control === 'number' ? 'decimal' : inputMode[attribute.name]}
          autoComplete={autoComplete[attribute.name] ?? 'off'}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      <FieldErrors id={errorId} problems={problems} />
    </div>
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
              <Field
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
