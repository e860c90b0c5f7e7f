import {
  Option,
  renderCombobox_unstable,
  useCombobox_unstable,
  useComboboxContextValues,
  useComboboxStyles_unstable,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Attribute } from '../api/index.ts';

export interface AttributeComboboxProps {
  readonly attributes: readonly Attribute[];
  /** The chosen attribute's logical name ('' when none). */
  readonly value: string;
  readonly onSelect: (name: string) => void;
  readonly disabled?: boolean;
  readonly invalid?: { readonly 'aria-invalid'?: true; readonly 'aria-describedby'?: string };
  readonly inputRef?: (element: HTMLInputElement | null) => void;
}

const placeholder = 'Select attribute';

/** The attributes whose display or logical name contains what was typed. */
function matching(attributes: readonly Attribute[], typed: string): readonly Attribute[] {
  const filter = typed.trim().toLowerCase();
  return attributes.filter(
    (attribute) =>
      filter === '' ||
      attribute.displayName.toLowerCase().includes(filter) ||
      attribute.name.toLowerCase().includes(filter),
  );
}

/**
 * The attribute field of a row, Fluent's Combobox: its ghost text is "Select attribute"; typing
 * filters the attributes by display name ("city" offers "Address 1: City") and makes the first match
 * the active one, arrow keys move, Enter chooses, Escape closes.
 */
export function AttributeCombobox({
  attributes,
  value,
  onSelect,
  disabled,
  invalid,
  inputRef,
}: AttributeComboboxProps) {
  const chosen = attributes.find((attribute) => attribute.name === value);
  // While typing, the text is the filter; otherwise the box shows the chosen attribute.
  const [typed, setTyped] = useState<string | undefined>(undefined);
  // Open while typing too: text may arrive without key presses (pasted, dictated, filled).
  const [open, setOpen] = useState(false);
  const matches = matching(attributes, typed ?? '');
  const state = useCombobox_unstable(
    {
      'aria-label': placeholder,
      placeholder,
      autoComplete: 'off',
      disabled,
      inlinePopup: true,
      value: typed ?? chosen?.displayName ?? value,
      selectedOptions: chosen === undefined ? [] : [chosen.name],
      // The input opens the list with the arrow keys; the chevron is for the mouse only.
      expandIcon: { tabIndex: -1 },
      listbox: { 'aria-label': 'Attributes', className: 'designer-options' },
      open,
      onChange: (event) => {
        setTyped(event.target.value);
        setOpen(true);
      },
      onOptionSelect: (_event, data) => {
        setTyped(undefined);
        if (data.optionValue !== undefined && data.optionValue !== value) onSelect(data.optionValue);
      },
      onOpenChange: (_event, data) => {
        setOpen(data.open);
        if (!data.open) setTyped(undefined);
      },
      // Selecting the shown name lets typing replace it at once.
      onFocus: (event) => {
        if (event.target instanceof HTMLInputElement) event.target.select();
      },
      ...invalid,
      children: [
        ...matches.map((attribute) => (
          <Option key={attribute.name} value={attribute.name} text={attribute.displayName}>
            {attribute.displayName}
          </Option>
        )),
        matches.length === 0 ? (
          <Option key="" value="" text="" disabled>
            No attribute matches
          </Option>
        ) : null,
      ],
    },
    inputRef ?? null,
  );
  useComboboxStyles_unstable(state);
  const contextValues = useComboboxContextValues(state);
  // Fluent makes active only an option that begins with the text; the first match is the one meant.
  const controller = state.activeDescendantController;
  const firstMatch = typed === undefined || typed.trim() === '' ? undefined : matches[0]?.name;
  useEffect(() => {
    if (open && firstMatch !== undefined) controller.first();
  }, [controller, open, firstMatch, typed]);
  return renderCombobox_unstable(state, contextValues);
}
