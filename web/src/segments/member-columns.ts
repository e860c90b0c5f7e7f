import { useCallback, useState } from 'react';
import type { Attribute, Schema } from '../api/index.ts';
import { entityOf } from '../data/index.ts';

/** The columns the Members grid shows before the user picks any: the full name and the email. */
export const defaultMemberColumns: readonly string[] = ['emailaddress1'];

// Until the schema is read (or when it cannot be), the grid still shows the email under its name.
const emailAttribute: Attribute = {
  name: 'emailaddress1',
  displayName: 'Email',
  type: 'string',
  custom: false,
  computed: false,
};

/**
 * The contact attributes the Members grid may show besides the full name, which is always shown (it
 * links to the contact): every attribute of the schema's `contact`, in the schema's order.
 */
export function memberColumnChoices(schema: Schema | undefined): readonly Attribute[] {
  const contact = entityOf(schema, 'contact');
  if (contact === undefined) return [emailAttribute];
  return contact.attributes.filter((attribute) => attribute.name !== 'fullname');
}

/** A member's value of `attribute` as the grid shows it: option labels, Yes/No, text. */
export function cellText(attribute: Attribute, value: unknown): string {
  if (value === null || value === undefined) return '';
  const label = (option: unknown) =>
    attribute.options?.find((o) => o.value === String(option))?.label ?? String(option);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') {
    const labels = attribute.booleanLabels ?? { true: 'Yes', false: 'No' };
    return value ? labels.true : labels.false;
  }
  if (attribute.type === 'choice') return label(value);
  if (attribute.type === 'datetime' && typeof value === 'string') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

const storageKey = (segmentId: string) => `segmint.memberColumns.${segmentId}`;

function stored(segmentId: string): readonly string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey(segmentId)) ?? 'null');
    if (Array.isArray(value) && value.every((name) => typeof name === 'string')) return value;
  } catch {
    // Unreadable (storage blocked, or not JSON): the default columns.
  }
  return defaultMemberColumns;
}

/**
 * The attribute columns the Members grid of `segmentId` shows, and a setter; the choice is kept per
 * segment in the browser (localStorage), so it is there again the next time the segment is opened.
 */
export function useMemberColumns(segmentId: string) {
  const [state, setState] = useState(() => ({ segmentId, columns: stored(segmentId) }));
  // Another segment's page reuses this component: read that segment's choice.
  const columns = state.segmentId === segmentId ? state.columns : stored(segmentId);
  const setColumns = useCallback(
    (next: readonly string[]) => {
      setState({ segmentId, columns: next });
      try {
        localStorage.setItem(storageKey(segmentId), JSON.stringify(next));
      } catch {
        // Storage full or blocked: the choice lasts until the page is left.
      }
    },
    [segmentId],
  );
  return [columns, setColumns] as const;
}
