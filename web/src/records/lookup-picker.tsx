import { Combobox, Option } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Entity } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { recordsApi } from './records-api.ts';
import { recordName } from './record-values.ts';

interface LookupPickerProps {
  /** The entity the lookup points to. */
  readonly target: Entity;
  /** The id of the record picked, or '' for none. */
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly disabled?: boolean;
  readonly invalid?: boolean;
  readonly id?: string;
}

/**
 * A lookup as a picker: a combobox that searches the target entity's records by name as one types
 * and shows the picked record's name (Dynamics' lookup field). Clearing it picks none.
 */
export function LookupPicker({ target, value, onChange, disabled, invalid, id }: LookupPickerProps) {
  const api = useApi();
  const [text, setText] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState('');
  // The picked record's name, for the box to show.
  const picked = useQuery({
    queryKey: ['records', target.name, 'one', value],
    queryFn: () => recordsApi.get(api, target.name, value),
    enabled: value !== '',
  });
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(text ?? '');
    }, 250);
    return () => {
      clearTimeout(timer);
    };
  }, [text]);
  const found = useQuery({
    queryKey: ['records', target.name, 'lookup', search],
    queryFn: () => recordsApi.list(api, target.name, { search, limit: 20 }),
  });
  const pickedName = value === '' ? '' : picked.data === undefined ? value : recordName(target, picked.data);
  const options = found.data?.items ?? [];
  return (
    <Combobox
      id={id}
      value={text ?? pickedName}
      selectedOptions={value === '' ? [] : [value]}
      placeholder={`Search ${target.pluralDisplayName.toLocaleLowerCase()}`}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      clearable
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value === '') onChange('');
      }}
      onOptionSelect={(_event, data) => {
        setText(undefined);
        onChange(data.optionValue ?? '');
      }}
      onOpenChange={(_event, data) => {
        if (!data.open) setText(undefined);
      }}
    >
      {options.map((record) => (
        <Option key={record.id} value={record.id} text={recordName(target, record)}>
          {recordName(target, record)}
        </Option>
      ))}
      {found.isSuccess && options.length === 0 ? (
        <Option value="" text="" disabled>
          {`No ${target.pluralDisplayName.toLocaleLowerCase()} match`}
        </Option>
      ) : null}
    </Combobox>
  );
}
