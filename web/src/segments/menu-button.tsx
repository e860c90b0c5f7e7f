import {
  Menu,
  MenuButton as FluentMenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type ButtonProps,
} from '@fluentui/react-components';

/** One entry of a menu. */
export interface MenuEntry {
  readonly label: string;
  readonly onSelect: () => void;
}

interface Props {
  readonly label: string;
  readonly entries: readonly MenuEntry[];
  readonly appearance?: ButtonProps['appearance'];
  readonly disabled?: boolean;
}

/**
 * A button that opens a menu of commands (Fluent UI's `Menu`): Enter, Space or Arrow Down open it on
 * its first entry, arrows, Home and End move, Escape or Tab close it and return to the button.
 */
export function MenuButton({ label, entries, appearance, disabled }: Props) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <FluentMenuButton appearance={appearance} disabled={disabled}>
          {label}
        </FluentMenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label={label}>
          {entries.map((entry) => (
            <MenuItem key={entry.label} onClick={entry.onSelect}>
              {entry.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
