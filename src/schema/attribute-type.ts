/** The types an attribute can have (docs/SEGMENTS.md, "The data a segment reads"). */
export const attributeTypes = [
  'string',
  'integer',
  'decimal',
  'money',
  'boolean',
  'date',
  'datetime',
  'choice',
  'multichoice',
  'lookup',
] as const;

export type AttributeType = (typeof attributeTypes)[number];

/** Types whose values are exact decimals, kept as scaled integers where the database has no decimal type. */
export const decimalTypes: ReadonlySet<AttributeType> = new Set(['decimal', 'money']);

/** Digits kept after the decimal point when an attribute does not say (Dataverse keeps 4 for money). */
export const defaultScale = { decimal: 4, money: 4 } as const;

/** The largest scale an attribute may ask for; scaled values must stay exact in a 64-bit integer. */
export const maxScale = 10;

export function isAttributeType(value: string): value is AttributeType {
  return (attributeTypes as readonly string[]).includes(value);
}
