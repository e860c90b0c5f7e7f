import { Schema, type AttributeDef } from '../../src/schema/index.ts';

/**
 * A custom attribute the installation adds, so that the `decimal` type (which no built-in attribute
 * has) is covered too.
 */
export const loyaltyScore: AttributeDef = {
  name: 'new_loyaltyscore',
  displayName: 'Loyalty Score',
  type: 'decimal',
  scale: 4,
  custom: true,
};

/** The built-in CRM schema plus `new_loyaltyscore` on contacts. */
export const conformanceSchema: Schema = Schema.builtin().withAttribute('contact', loyaltyScore);
