import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

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
 * Tabs as WAI-ARIA describes them: a `tablist` whose arrow keys, Home and End move between tabs
 * (selecting them), and the selected tab's `tabpanel`.
 */
export function SegmentTabs({ label, tabs, selected, onSelect }: Props) {
  const prefix = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  const onKey = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    const tab = next === undefined ? undefined : tabs[next];
    if (next === undefined || tab === undefined) return;
    event.preventDefault();
    onSelect(tab.id);
    refs.current[next]?.focus();
  };
  if (current === undefined) return null;
  return (
    <div className="segment-tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[i] = element;
            }}
            id={`${prefix}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current.id}
            aria-controls={`${prefix}-panel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => {
              onSelect(tab.id);
            }}
            onKeyDown={(event) => {
              onKey(event, i);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
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
