import { Field, Input, Select, useId } from '@fluentui/react-components';
import type { Attribute, Schema } from '../api/index.ts';
import { fieldMessage, OptionCheckboxes } from '../shell/index.ts';
import { LookupPicker } from './lookup-picker.tsx';
import type { FieldValue } from './record-values.ts';

interface RecordFieldProps {
  readonly attribute: Attribute;
  readonly schema: Schema;
  readonly value: FieldValue | undefined;
  /** The server's messages about this field, shown beside it. */
  readonly problems: readonly string[] | undefined;
  readonly disabled: boolean;
  readonly onChange: (value: FieldValue) => void;
}

const inputTypes: Readonly<Record<string, 'email' | 'tel' | 'url' | 'number' | 'date' | 'datetime-local'>> = {
  email: 'email',
  phone: 'tel',
  url: 'url',
  integer: 'number',
  decimal: 'number',
  money: 'number',
  date: 'date',
  datetime: 'datetime-local',
};

/**
 * The browser's autofill hint (the HTML `autocomplete` tokens) of the attributes whose meaning is plain
 * from their logical name, in contacts, leads and accounts alike.
 */
const autoCompletes: Readonly<Record<string, string>> = {
  firstname: 'given-name',
  lastname: 'family-name',
  emailaddress1: 'email',
  telephone1: 'tel',
  mobilephone: 'tel',
  jobtitle: 'organization-title',
  companyname: 'organization',
  address1_line1: 'address-line1',
  address1_city: 'address-level2',
  address1_stateorprovince: 'address-level1',
  address1_postalcode: 'postal-code',
  address1_country: 'country-name',
  birthdate: 'bday',
  websiteurl: 'url',
};

/** Yes/No, or the attribute's own labels for them (Dynamics': Allow / Do Not Allow). */
function booleanLabels(attribute: Attribute): { true: string; false: string } {
  const labels = (attribute as { booleanLabels?: { true: string; false: string } }).booleanLabels;
  return labels ?? { true: 'Yes', false: 'No' };
}

/**
 * One attribute of a record as a Fluent field with the control its type needs, and its problems.
 * A problem shows beside its field and describes the control (aria-describedby), but is not a live
 * alert of its own: the form's summary above the fields is the one a screen reader announces.
 */
export function RecordField({ attribute, schema, value, problems, disabled, onChange }: RecordFieldProps) {
  const { validationMessage: message, validationState } = fieldMessage(problems);
  const messageId = useId('record-field-message-');
  const fieldProps = {
    label: attribute.displayName,
    validationState,
    // Fluent's Field makes an error's message role="alert"; the role is taken off (the summary speaks).
    validationMessage: message === undefined ? undefined : { children: message, role: undefined },
  };
  const text = typeof value === 'string' ? value : '';
  switch (attribute.type) {
    case 'multichoice': {
      const ticked = Array.isArray(value) ? (value as readonly string[]) : [];
      return (
        <fieldset
          className="record-choices"
          aria-invalid={message === undefined ? undefined : true}
          aria-describedby={message === undefined ? undefined : messageId}
        >
          <legend>{attribute.displayName}</legend>
          <OptionCheckboxes
            options={attribute.options ?? []}
            ticked={ticked}
            disabled={disabled}
            onChange={onChange}
          />
          {message === undefined ? null : (
            <p className="field-error" id={messageId}>
              {message}
            </p>
          )}
        </fieldset>
      );
    }
    case 'choice':
    case 'boolean': {
      const options =
        attribute.type === 'boolean'
          ? [
              { value: 'true', label: booleanLabels(attribute).true },
              { value: 'false', label: booleanLabels(attribute).false },
            ]
          : (attribute.options ?? []);
      return (
        <Field {...fieldProps}>
          <Select
            value={text}
            disabled={disabled}
            onChange={(_event, data) => {
              onChange(data.value);
            }}
          >
            <option value="">—</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      );
    }
    case 'lookup': {
      const target = schema.entities.find((e) => e.name === attribute.target);
      if (target === undefined) break;
      return (
        <Field {...fieldProps}>
          <LookupPicker target={target} value={text} disabled={disabled} onChange={onChange} />
        </Field>
      );
    }
    default:
      break;
  }
  const type = inputTypes[attribute.type];
  return (
    <Field {...fieldProps}>
      <Input
        type={type}
        step={type === 'number' && attribute.type !== 'integer' ? 'any' : undefined}
        value={text}
        autoComplete={autoCompletes[attribute.name]}
        disabled={disabled}
        onChange={(_event, data) => {
          onChange(data.value);
        }}
      />
    </Field>
  );
}
