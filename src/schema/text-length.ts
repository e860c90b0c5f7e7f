import type { AttributeDef } from './schema-types.ts';

/**
 * Text lengths as Dataverse states them. A single line of text holds 100 characters unless it says
 * otherwise, and at most 4,000; multiple lines of text (a memo) at most 1,048,576. Segmint has one text
 * type, so a custom text attribute may ask for any length up to the memo's.
 */
export const defaultTextMaxLength = 100;

/** The longest single line of text Dataverse allows. */
export const maxSingleLineLength = 4000;

/** The longest text any attribute may hold: Dataverse's longest multiple lines of text. */
export const maxTextLength = 1_048_576;

/** The most characters a text attribute holds (every text attribute has a length; see `AttributeDef`). */
export function textMaxLength(attribute: AttributeDef): number {
  return attribute.maxLength ?? maxTextLength;
}

/**
 * The length of `text` in characters as a person counts them (Unicode code points: an emoji is one), the
 * way attribute maximum lengths and definition limits are stated.
 */
export function textLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character written as two UTF-16 units.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length -= 1;
        i += 1;
      }
    }
  }
  return length;
}
