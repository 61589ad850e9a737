import {
  belowTitle,
  CHART_BACKGROUND,
  CHART_BAR,
  CHART_FONT,
  CHART_INK,
  CHART_WIDTH,
  fitLabel,
  LABEL_SIZE,
  VALUE_SIZE,
} from './chart-style';
import { ChartTitle } from './ChartTitle';

/** One bar: what it is, how long, and the figure written after it; `detail` follows the label on its line. */
export interface RankedBar {
  key: string;
  label: string;
  detail?: string;
  value: number;
  valueText: string;
}

const ROW = 92;
const LEFT = 30;
/** Room after the longest bar for its figure («12 из 150», «41 %»). */
const VALUE_ROOM = 240;

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
  const top = belowTitle(title);
  const height = top + bars.length * ROW + 20;
  const longest = CHART_WIDTH - LEFT - VALUE_ROOM;
  return (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="analytics-chart__svg" aria-hidden="true">
      <rect width={CHART_WIDTH} height={height} fill={CHART_BACKGROUND} />
      <ChartTitle title={title} width={CHART_WIDTH} />
      {bars.map((bar, index) => {
        const row = top + index * ROW;
        const length = scaleMax > 0 ? Math.max(4, (bar.value / scaleMax) * longest) : 4;
        return (
          <g key={bar.key}>
            <text
              x={LEFT}
              y={row + LABEL_SIZE}
              fontFamily={CHART_FONT}
              fontSize={LABEL_SIZE}
              fill={CHART_INK}
            >
              {fitLabel(bar.detail ? `${bar.label} · ${bar.detail}` : bar.label)}
            </text>
            <rect x={LEFT} y={row + LABEL_SIZE + 12} width={length} height={40} fill={CHART_BAR} />
            <text
              x={LEFT + length + 14}
              y={row + LABEL_SIZE + 12 + 32}
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
    </svg>
  );
}
