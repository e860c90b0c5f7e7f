import { Tab, TabList } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

/** The keys that move between tabs. */
const movingKeys = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** One tab: its label and what its panel shows. */
export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly render: () => ReactNode;
}

interface Props {
  readonly label: string;
  readonly tabs: readonly TabSpec[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

/**
 * The tabs of a segment's page (Fluent UI's `TabList`) and the selected tab's `tabpanel`. The arrow
 * keys, Home and End move between tabs, and the tab they move to is selected, as before Fluent.
 */
export function SegmentTabs({ label, tabs, selected, onSelect }: Props) {
  const prefix = useId();
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  if (current === undefined) return null;
  return (
    <div className="segment-tabs">
      <TabList
        aria-label={label}
        // No hidden bold copy of each label (Fluent's room for the selected tab's weight): a tab's
        // text is its label once, for assistive technology and tests alike.
        reserveSelectedTabSpace={false}
        selectedValue={current.id}
        onTabSelect={(_event, data) => {
          onSelect(String(data.value));
        }}
        // The arrow keys, Home and End select the tab they move to. Not on any focus (Fluent's
        // selectTabOnFocus): focus put back on a tab after a panel's button is gone would select it.
        onKeyUp={(event) => {
          if (!movingKeys.has(event.key)) return;
          const focused = document.activeElement?.id;
          const tab = tabs.find((candidate) => `${prefix}-tab-${candidate.id}` === focused);
          if (tab !== undefined && tab.id !== current.id) onSelect(tab.id);
        }}
      >
        {tabs.map((tab) => (
          <Tab
            key={tab.id}
            id={`${prefix}-tab-${tab.id}`}
            value={tab.id}
            aria-controls={`${prefix}-panel-${tab.id}`}
          >
            {tab.label}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={`${prefix}-panel-${current.id}`}
        aria-labelledby={`${prefix}-tab-${current.id}`}
        className="tabpanel"
      >
        {current.render()}
      </div>
    </div>
  );
}
