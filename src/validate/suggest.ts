/**
 * Near matches for a name a user mistyped: `citty` → `address1_city`. A candidate matches when its
 * name, display name or one of their words is within a few edits of what was typed, or contains it.
 */
export function nearMatches<T>(
  typed: string,
  candidates: readonly T[],
  names: (c: T) => readonly string[],
  limit = 3,
): T[] {
  const wanted = typed.toLowerCase();
  const scored: { candidate: T; score: number }[] = [];
  for (const candidate of candidates) {
    const score = Math.min(
      ...names(candidate)
        .flatMap(keysOf)
        .map((key) => scoreOf(wanted, key)),
    );
    if (Number.isFinite(score)) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.candidate);
}

function keysOf(name: string): string[] {
  const lower = name.toLowerCase();
  const words = lower.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  return [lower, lower.replace(/[^a-z0-9]/g, ''), ...words];
}

/** Edits needed, or Infinity when `key` is too far from `wanted` to be what the user meant. */
function scoreOf(wanted: string, key: string): number {
  if (key === wanted) return 0;
  if (wanted.length >= 3 && key.includes(wanted)) return 1;
  const distance = editDistance(wanted, key);
  return distance <= Math.max(1, Math.floor(wanted.length / 3)) ? distance : Number.POSITIVE_INFINITY;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
