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
