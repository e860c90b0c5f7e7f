/**
 * The offset of the first syntax error in `text`, which `JSON.parse` refused. V8 gives a position for
 * some errors only ("Unexpected token '}', … is not valid JSON" has none), so this scans the text as
 * the JSON grammar (RFC 8259) reads it and stops where it first goes wrong.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw new JsonStop(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text.charAt(at) !== char) fail();
      at++;
    }
  };
  const string = () => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail();
      const char = text.charAt(at);
      if (char === '"') {
        at++;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        at++;
        const escape = text.charAt(at);
        if (escape === 'u') {
          for (let i = 0; i < 4; i++) {
            at++;
            if (!/[0-9a-fA-F]/.test(text.charAt(at))) fail();
          }
        } else if (!'"\\/bfnrt'.includes(escape) || escape === '') fail();
      }
      at++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match || match[0] === '-' || match[0] === '') fail();
    at += match?.[0].length ?? 0;
  };
  const value = (): void => {
    space();
    const char = text.charAt(at);
    if (char === '{') members('}', true);
    else if (char === '[') members(']', false);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char >= '0' && char <= '9')) number();
    else fail();
  };
  const members = (close: string, object: boolean) => {
    at++;
    space();
    if (text.charAt(at) === close) {
      at++;
      return;
    }
    for (;;) {
      if (object) {
        space();
        if (text.charAt(at) !== '"') fail();
        string();
        space();
        if (text.charAt(at) !== ':') fail();
        at++;
      }
      value();
      space();
      const next = text.charAt(at);
      at++;
      if (next === close) return;
      if (next !== ',') {
        at--;
        fail();
      }
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : text.length;
  } catch (stop) {
    if (stop instanceof JsonStop) return stop.offset;
    throw stop;
  }
}

/** Thrown inside the scan to stop at the first error; never leaves `jsonErrorOffset`. */
class JsonStop extends Error {
  constructor(readonly offset: number) {
    super(`JSON error at ${offset}`);
  }
}

/** The 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
