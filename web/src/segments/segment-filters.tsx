import { Field, SearchBox, Select } from '@fluentui/react-components';
import type { SegmentState } from '../api/index.ts';
import type { SegmentFilter } from '../data/index.ts';
import { kindLabels, stateLabel } from './segment-labels.ts';

const states: readonly SegmentState[] = ['draft', 'live', 'stopped'];

/** The search box and the State and Type filters above the Segments list. */
export function SegmentFilters({
  filter,
  onFilter,
}: {
  filter: SegmentFilter;
  onFilter: (change: Partial<SegmentFilter>) => void;
}) {
  return (
    <div className="list-filters">
      <Field label="Search segments">
        <SearchBox
          value={filter.search}
          placeholder="Name contains…"
          onChange={(_event, data) => {
            onFilter({ search: data.value });
          }}
        />
      </Field>
      <Field label="State">
        <Select
          value={filter.state}
          onChange={(_event, data) => {
            onFilter({ state: data.value as SegmentFilter['state'] });
          }}
        >
          <option value="all">All states</option>
          {states.map((state) => (
            <option key={state} value={state}>
              {stateLabel(state)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Type">
        <Select
          value={filter.kind}
          onChange={(_event, data) => {
            onFilter({ kind: data.value as SegmentFilter['kind'] });
          }}
        >
          <option value="all">All types</option>
          {Object.entries(kindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
