/**
 * Stable React keys for the nodes of the query tree (rows, groups, related rows, blocks). The tree is
 * immutable, so an edit makes a new node: the edit carries the old node's key to the new one
 * (`carryKey`), and a row keeps its key, and with it what is typed in it, when a row above it is
 * deleted. Keys by index would hand the typing of a deleted row to the row that moves up.
 */
const keys = new WeakMap<object, string>();
let next = 0;

/** The key of `node`, made the first time it is asked for. */
export function keyOf(node: object): string {
  let key = keys.get(node);
  if (key === undefined) {
    next += 1;
    key = `node-${next}`;
    keys.set(node, key);
  }
  return key;
}

/** Gives `to`, the edited node, the key of `from`, the node it replaces; returns `to`. */
export function carryKey<T extends object>(from: object | undefined, to: T): T {
  if (from !== undefined && from !== to) keys.set(to, keyOf(from));
  return to;
}

/**
 * The keys of `nodes` in order, each unique: a node that appears twice (the same object) gets its
 * key with its place after the first time.
 */
export function keysOf(nodes: readonly object[]): readonly string[] {
  const seen = new Set<string>();
  return nodes.map((node, index) => {
    const key = keyOf(node);
    const unique = seen.has(key) ? `${key}@${index}` : key;
    seen.add(unique);
    return unique;
  });
}
