import { RouteLink } from '../shell/index.ts';
import type { UsedBy } from './feedback-handoff.ts';

/** The live segments that keep this one from being stopped or deleted, each a link to its page. */
export function UsedByList({ usedBy }: { usedBy: readonly UsedBy[] | undefined }) {
  if (usedBy === undefined || usedBy.length === 0) return null;
  return (
    <div className="card used-by">
      <p>Used by:</p>
      <ul aria-label="Live segments that use this segment">
        {usedBy.map((segment) => (
          <li key={segment.id}>
            <RouteLink href={`/segments/${encodeURIComponent(segment.id)}`}>{segment.name}</RouteLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
