/** The attribute types a custom attribute may have, with how they read on screen. */
export const attributeTypeLabels = {
  string: 'Text',
  integer: 'Whole number',
  decimal: 'Decimal number',
  money: 'Currency',
  boolean: 'Yes/No',
  date: 'Date',
  datetime: 'Date and time',
  choice: 'Choice',
  multichoice: 'Choices (several)',
  lookup: 'Lookup',
} as const;

export type NewAttributeType = keyof typeof attributeTypeLabels;

/**
 * A logical name from a display name, as Dynamics proposes one: lower case, letters and digits only.
 *
 * @example
 * logicalNameOf('Loyalty Points'); // 'loyaltypoints'
 */
export function logicalNameOf(displayName: string): string {
  return displayName
    .normalize('NFKD')
    .toLocaleLowerCase()
    .replace(/[^a-z0-9_]/g, '');
}

/**
 * A choice's options, one a line: `value` or `value: Label` (`wine: Wine lover`). Blank lines are
 * skipped; a line without a label is labelled by its value.
 */
export function optionsOf(text: string): { value: string; label: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon === -1) return { value: line, label: line };
      return {
        value: line.slice(0, colon).trim(),
        label: line.slice(colon + 1).trim() || line.slice(0, colon).trim(),
      };
    });
}
