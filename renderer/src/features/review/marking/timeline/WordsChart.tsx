import type { TimelineView } from './timeline-view';

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 48;
const RIGHT = 12;
const TOP = 22;
const BOTTOM = 30;
const INK = '#000000';
const LINE = '#1f3b73';
const DELETION = '#a4262c';
const RULE = '#767676';

/**
 * The words of the act after each save, over time, with the pastes above the plot (filled: from the case
 * materials; hollow: not), the long deletions below it and the exam events as dashed lines. Hand-drawn SVG, like
 * the cohort's charts (features/review/analytics): one line and a few marks, no charting library among the app's
 * packages. Shape, not colour alone, tells the marks apart; the table under it says the same in words.
 */
export function WordsChart({
  view,
  label,
  timeLabel,
}: {
  view: TimelineView;
  label: string;
  /** A time as the interface writes it. */
  timeLabel: (at: number) => string;
}) {
  const span = Math.max(view.to - view.from, 60_000);
  const most = Math.max(1, maxWords(view));
  const x = (at: number) => LEFT + ((at - view.from) / span) * (WIDTH - LEFT - RIGHT);
  const y = (words: number) => HEIGHT - BOTTOM - (words / most) * (HEIGHT - TOP - BOTTOM);
  const baseline = HEIGHT - BOTTOM;
  const points = view.words
    .map((point) => `${x(point.at).toFixed(1)},${y(point.words).toFixed(1)}`)
    .join(' ');
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="timeline-chart" role="img" aria-label={label}>
      <line x1={LEFT} y1={baseline} x2={WIDTH - RIGHT} y2={baseline} stroke={RULE} />
      <line x1={LEFT} y1={TOP} x2={LEFT} y2={baseline} stroke={RULE} />
      <text x={LEFT - 6} y={TOP + 4} textAnchor="end" fontSize="12" fill={INK}>
        {most}
      </text>
      <text x={LEFT - 6} y={baseline} textAnchor="end" fontSize="12" fill={INK}>
        0
      </text>
      <text x={LEFT} y={HEIGHT - 8} fontSize="12" fill={INK}>
        {timeLabel(view.from)}
      </text>
      <text x={WIDTH - RIGHT} y={HEIGHT - 8} textAnchor="end" fontSize="12" fill={INK}>
        {timeLabel(view.to)}
      </text>
      {view.events.map((event, index) => {
        const at = x(event.at);
        if (event.kind === 'paste')
          return (
            <path
              key={index}
              d={`M${at - 5},${TOP - 14} L${at + 5},${TOP - 14} L${at},${TOP - 5} Z`}
              fill={event.fromCase ? LINE : 'none'}
              stroke={LINE}
            />
          );
        if (event.kind === 'deletion')
          return (
            <path
              key={index}
              d={`M${at - 4},${baseline + 4} l8,8 M${at + 4},${baseline + 4} l-8,8`}
              stroke={DELETION}
              strokeWidth="2"
            />
          );
        return (
          <line key={index} x1={at} y1={TOP} x2={at} y2={baseline} stroke={RULE} strokeDasharray="4 3" />
        );
      })}
      {view.words.length > 1 && <polyline points={points} fill="none" stroke={LINE} strokeWidth="2" />}
      {view.words.length === 1 && view.words[0] && (
        <circle cx={x(view.words[0].at)} cy={y(view.words[0].words)} r="3" fill={LINE} />
      )}
    </svg>
  );
}

/** A loop rather than Math.max(...): a timeline may hold tens of thousands of saves. */
function maxWords(view: TimelineView): number {
  let most = 0;
  for (const point of view.words) most = Math.max(most, point.words);
  return most;
}
