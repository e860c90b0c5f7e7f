import type { MemberHistory } from '../api/index.ts';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

/** One point of `GET /api/segments/{id}/history`: the member count at the end of a minute it changed. */
export type HistoryPoint = MemberHistory['items'][number];

const when = (at: string | number) => new Date(at).toLocaleString();

/** "1 member", "2 members". */
const members = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'member' : 'members'}`;

/** The chart's content in words, for those who cannot see it. */
export function historySummary(points: readonly HistoryPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return 'No member count has been recorded yet.';
  const high = Math.max(...points.map((p) => p.count));
  const low = Math.min(...points.map((p) => p.count));
  if (points.length === 1) return `${members(last.count)} since ${when(first.at)}.`;
  return (
    `From ${members(first.count)} on ${when(first.at)} to ${last.count.toLocaleString()} ` +
    `on ${when(last.at)}; highest ${high.toLocaleString()}, lowest ${low.toLocaleString()}, ` +
    `over ${points.length} changes.`
  );
}

/** The points to draw, on a time axis; the last count holds until now, so the line reaches the present. */
function untilNow(points: readonly HistoryPoint[]): { time: number; count: number }[] {
  const drawn = points.map((p) => ({ time: Date.parse(p.at), count: p.count }));
  const last = drawn.at(-1);
  const now = Date.now();
  return last === undefined || last.time >= now ? drawn : [...drawn, { time: now, count: last.count }];
}

/** Ticks as days, as times of day within two days, with seconds within ten minutes. */
function tickFormat(data: readonly { time: number }[]): (time: number) => string {
  const span = (data.at(-1)?.time ?? 0) - (data[0]?.time ?? 0);
  if (span >= 2 * 86_400_000) return (time) => new Date(time).toLocaleDateString();
  const second = span < 600_000 ? ({ second: '2-digit' } as const) : {};
  return (time) => new Date(time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', ...second });
}

/** The member count over time as an area chart, with the same story in text beside it. */
export function MemberHistoryChart({ points }: { points: readonly HistoryPoint[] }) {
  const summary = historySummary(points);
  const data = untilNow(points);
  return (
    <figure className="history-chart">
      {points.length > 0 && (
        <div aria-hidden="true" className="chart-box">
          <AreaChart responsive data={data} style={{ width: '100%', height: 240 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="time"
              type="number"
              domain={['dataMin', 'dataMax']}
              tickFormatter={tickFormat(data)}
              minTickGap={24}
            />
            <YAxis allowDecimals={false} width={48} />
            <Tooltip labelFormatter={(label) => (typeof label === 'number' ? when(label) : '')} />
            <Area type="stepAfter" dataKey="count" name="Members" stroke="#0f6cbd" fill="#cfe4fa" />
          </AreaChart>
        </div>
      )}
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
