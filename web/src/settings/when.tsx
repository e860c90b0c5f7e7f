/** A moment as this browser writes dates, in a `<time>`; `empty` when there is none. */
export function When({ at, empty = '' }: { at: string | null; empty?: string }) {
  if (at === null) return <span className="muted">{empty}</span>;
  return <time dateTime={at}>{new Date(at).toLocaleString()}</time>;
}
