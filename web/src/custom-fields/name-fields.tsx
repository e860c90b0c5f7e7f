import { Field, Input } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { FieldProblems } from '../data/index.ts';
import { fieldMessage } from '../shell/index.ts';
import { logicalNameOf } from './field-inputs.ts';

/** A display name, and the logical name proposed from it until one is typed. */
export interface Names {
  readonly displayName: string;
  /** The name typed, else the one proposed from the display name. */
  readonly logicalName: string;
  readonly setDisplayName: (displayName: string) => void;
  readonly setName: (name: string) => void;
  /** Empties both, so that the name is proposed again. */
  readonly clear: () => void;
}

/** The state of a display name and its logical name, for `NameFields`. */
export function useNames(): Names {
  const [displayName, setDisplayName] = useState('');
  const [name, setName] = useState<string>();
  return {
    displayName,
    logicalName: name ?? logicalNameOf(displayName),
    setDisplayName,
    setName,
    clear: () => {
      setDisplayName('');
      setName(undefined);
    },
  };
}

interface NameFieldsProps {
  readonly names: Names;
  readonly displayNameLabel: string;
  readonly nameLabel: string;
  readonly nameHint: string;
  /** The server's messages by field: `displayName` and `name` are shown here. */
  readonly problems: FieldProblems['byField'];
  /** Fields shown between the two (an entity's plural display name). */
  readonly children?: ReactNode;
}

/** A required display name and the logical name proposed from it, which can be typed over. */
export function NameFields({
  names,
  displayNameLabel,
  nameLabel,
  nameHint,
  problems,
  children,
}: NameFieldsProps) {
  return (
    <>
      <Field label={displayNameLabel} required {...fieldMessage(problems.displayName)}>
        <Input
          value={names.displayName}
          onChange={(_e, data) => {
            names.setDisplayName(data.value);
          }}
        />
      </Field>
      {children}
      <Field label={nameLabel} hint={nameHint} {...fieldMessage(problems.name)}>
        <Input
          value={names.logicalName}
          onChange={(_e, data) => {
            names.setName(data.value);
          }}
        />
      </Field>
    </>
  );
}
