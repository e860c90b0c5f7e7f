import { useId, useState, type KeyboardEvent } from 'react';
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

/** Keeps the active option in sight as the arrow keys move through a long list. */
function scrollIntoView(element: HTMLElement | null) {
  element?.scrollIntoView({ block: 'nearest' });
}

/**
 * The attribute field of a row: a text box whose ghost text is "Select attribute"; typing filters the
 * attributes by display name ("city" offers "Address 1: City"), arrow keys move, Enter chooses,
 * Escape closes (the ARIA 1.2 combobox pattern).
 */
export function AttributeCombobox({
  attributes,
  value,
  onSelect,
  disabled,
  invalid,
  inputRef,
}: AttributeComboboxProps) {
  const listId = useId();
  const chosen = attributes.find((attribute) => attribute.name === value);
  // While typing, the text is the filter; otherwise the box shows the chosen attribute.
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const filter = (typed ?? '').trim().toLowerCase();
  const matches = attributes.filter(
    (attribute) =>
      filter === '' ||
      attribute.displayName.toLowerCase().includes(filter) ||
      attribute.name.toLowerCase().includes(filter),
  );
  const activeIndex = Math.min(active, matches.length - 1);

  const close = () => {
    setOpen(false);
    setTyped(undefined);
    setActive(0);
  };
  const choose = (attribute: Attribute) => {
    close();
    if (attribute.name !== value) onSelect(attribute.name);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(activeIndex + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter') {
      const match = matches[activeIndex];
      if (open && match !== undefined) {
        event.preventDefault();
        choose(match);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="designer-combobox">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={placeholder}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches.length > 0 ? `${listId}-${activeIndex}` : undefined}
        autoComplete="off"
        disabled={disabled}
        value={typed ?? chosen?.displayName ?? value}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => {
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        // Selecting the shown name lets typing replace it at once.
        onFocus={(event) => {
          event.target.select();
        }}
        onBlur={close}
        {...invalid}
      />
      <ul id={listId} role="listbox" aria-label="Attributes" hidden={!open} className="designer-options">
        {open && matches.length === 0 && <li className="designer-no-match">No attribute matches</li>}
        {open &&
          matches.map((attribute, index) => (
            <li
              key={attribute.name}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'active' : undefined}
              ref={index === activeIndex ? scrollIntoView : undefined}
              // Keeps the focus in the box, so that its blur does not close the list before the click.
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                choose(attribute);
              }}
            >
              {attribute.displayName}
            </li>
          ))}
      </ul>
    </div>
  );
}
