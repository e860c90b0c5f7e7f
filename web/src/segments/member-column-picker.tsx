import {
  Button,
  Menu,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from '@fluentui/react-components';

/** A column the user may show or hide. */
export interface PickableColumn {
  readonly id: string;
  readonly label: string;
  readonly shown: boolean;
  readonly toggle: (show: boolean) => void;
}

/**
 * **Columns**: a menu of every column the grid may show, each a checkbox, as Dynamics' "Edit columns"
 * does; checking one shows it at once.
 */
export function MemberColumnPicker({ columns }: { columns: readonly PickableColumn[] }) {
  const checked = columns.filter((column) => column.shown).map((column) => column.id);
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, { checkedItems }) => {
    for (const column of columns) {
      const show = checkedItems.includes(column.id);
      if (show !== column.shown) column.toggle(show);
    }
  };
  return (
    <Menu checkedValues={{ columns: checked }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <Button>Columns</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList style={{ maxHeight: '60vh', overflowY: 'auto' }}>
          {columns.map((column) => (
            <MenuItemCheckbox key={column.id} name="columns" value={column.id}>
              {column.label}
            </MenuItemCheckbox>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
