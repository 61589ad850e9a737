import {
  CHART_BACKGROUND,
  CHART_BAR,
  CHART_FONT,
  CHART_INK,
  CHART_RULE,
  CHART_WIDTH,
  fitLabel,
  LABEL_SIZE,
  TITLE_SIZE,
  VALUE_SIZE,
} from './chart-style';
import { ChartTitle } from './ChartTitle';

/** One bar: what it is, how long, and the figure written after it. */
export interface RankedBar {
  key: string;
  label: string;
  value: number;
  valueText: string;
}

const TOP = TITLE_SIZE + 40;
const ROW = 92;
const LEFT = 30;
/** Room after the longest bar for its figure ("12 из 150", "41 % · итог 88,5, выше среднего"). */
const VALUE_ROOM = 420;

/**
 * A ranking as lying bars, largest first: each with its label on a line of its own above it (labels are long:
 * a requisite, a bank comment) and its figure written after it. Bars are measured against `scaleMax` (all the
 * works, for a count). For the screen and the saved image alike (aria-hidden: the table beside it is read).
 */
export function RankedChart({
  bars,
  title,
  scaleMax,
}: {
  bars: readonly RankedBar[];
  title: string;
  scaleMax: number;
}) {
  const height = TOP + bars.length * ROW + 20;
  const longest = CHART_WIDTH - LEFT - VALUE_ROOM;
  return (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="analytics-chart__svg" aria-hidden="true">
      <rect width={CHART_WIDTH} height={height} fill={CHART_BACKGROUND} />
      <ChartTitle title={title} width={CHART_WIDTH} />
      {bars.map((bar, index) => {
        const top = TOP + index * ROW;
        const length = scaleMax > 0 ? Math.max(4, (bar.value / scaleMax) * longest) : 4;
        return (
          <g key={bar.key}>
            <text
              x={LEFT}
              y={top + LABEL_SIZE}
              fontFamily={CHART_FONT}
              fontSize={LABEL_SIZE}
              fill={CHART_INK}
            >
              {fitLabel(bar.label)}
            </text>
            <rect x={LEFT} y={top + LABEL_SIZE + 12} width={length} height={40} fill={CHART_BAR} />
            <text
              x={LEFT + length + 14}
              y={top + LABEL_SIZE + 12 + 32}
              fontFamily={CHART_FONT}
              fontSize={VALUE_SIZE}
              fontWeight="bold"
              fill={CHART_INK}
            >
              {bar.valueText}
            </text>
          </g>
        );
      })}
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={height - 20} stroke={CHART_RULE} strokeWidth={3} />
    </svg>
  );
}
