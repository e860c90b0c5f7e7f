import { useLocation } from 'wouter';
import { MenuButton } from './menu-button.tsx';

/** The **New** menu of the Segments page: **New Dynamic Segment** and **New Static Segment**. */
export function NewSegmentMenu() {
  const [, navigate] = useLocation();
  return (
    <MenuButton
      label="New"
      appearance="primary"
      entries={[
        {
          label: 'New Dynamic Segment',
          onSelect: () => {
            navigate('/segments/new/dynamic');
          },
        },
        {
          label: 'New Static Segment',
          onSelect: () => {
            navigate('/segments/new/static');
          },
        },
      ]}
    />
  );
}
