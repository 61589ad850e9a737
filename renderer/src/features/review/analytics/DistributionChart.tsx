import type { ScoreDistribution } from '../../../domain/review/cohort-analytics';
import {
  belowTitle,
  CHART_BACKGROUND,
  CHART_BAR,
  CHART_FONT,
  CHART_INK,
  CHART_RULE,
  CHART_WIDTH,
  LABEL_SIZE,
  VALUE_SIZE,
} from './chart-style';
import { ChartTitle } from './ChartTitle';

const LEFT = 70;
const RIGHT = 30;
/** The tallest bar. */
const BAR_ROOM = 320;
/** Below this width a bin's scores go on two lines («10–» over «19,5»): side by side they would run together. */
const NARROW_SLOT = 150;

/**
 * The spread of one criterion's scores (or of the totals) as upright bars, one per bin of scores, each with its
 * number of works written above it and its scores below. For the screen and the saved image alike (aria-hidden:
 * the table beside it is what a screen reader reads).
 */
export function DistributionChart({
  distribution,
  title,
  points,
  scoreAxis,
  worksAxis,
  note,
}: {
  distribution: ScoreDistribution;
  title: string;
  /** A score as the trainer's language writes it. */
  points: (value: number) => string;
  scoreAxis: string;
  worksAxis: string;
  /** A line under the chart: the average and the median. */
  note: string;
}) {
  const { bins } = distribution;
  const plotWidth = CHART_WIDTH - LEFT - RIGHT;
  const baseline = belowTitle(title) + VALUE_SIZE + 16 + BAR_ROOM;
  const slot = plotWidth / Math.max(bins.length, 1);
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const narrow = slot < NARROW_SLOT;
  const binLine = LABEL_SIZE + 6;
  const axisY = baseline + (narrow ? 2 : 1) * binLine + LABEL_SIZE + 18;
  const noteY = axisY + LABEL_SIZE + 22;
  const height = noteY + 24;
  return (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="analytics-chart__svg" aria-hidden="true">
      <rect width={CHART_WIDTH} height={height} fill={CHART_BACKGROUND} />
      <ChartTitle title={title} width={CHART_WIDTH} />
      {bins.map((bin, index) => {
        const barHeight = (bin.count / most) * BAR_ROOM;
        const middle = LEFT + index * slot + slot / 2;
        const lines =
          bin.from === bin.to
            ? [points(bin.from)]
            : narrow
              ? [`${points(bin.from)}–`, points(bin.to)]
              : [`${points(bin.from)}–${points(bin.to)}`];
        return (
          <g key={bin.from}>
            <rect
              x={middle - slot * 0.38}
              y={baseline - barHeight}
              width={slot * 0.76}
              height={barHeight}
              fill={CHART_BAR}
            />
            <text
              x={middle}
              y={baseline - barHeight - 10}
              textAnchor="middle"
              fontFamily={CHART_FONT}
              fontSize={VALUE_SIZE}
              fontWeight="bold"
              fill={CHART_INK}
            >
              {bin.count}
            </text>
            <text textAnchor="middle" fontFamily={CHART_FONT} fontSize={LABEL_SIZE} fill={CHART_INK}>
              {lines.map((line, number) => (
                <tspan key={number} x={middle} y={baseline + (number + 1) * binLine}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <line
        x1={LEFT}
        x2={CHART_WIDTH - RIGHT}
        y1={baseline}
        y2={baseline}
        stroke={CHART_RULE}
        strokeWidth={3}
      />
      <text
        x={LEFT + plotWidth / 2}
        y={axisY}
        textAnchor="middle"
        fontFamily={CHART_FONT}
        fontSize={LABEL_SIZE}
        fill={CHART_INK}
      >
        {scoreAxis}
      </text>
      <text
        transform={`translate(${LEFT - 24} ${baseline - BAR_ROOM / 2}) rotate(-90)`}
        textAnchor="middle"
        fontFamily={CHART_FONT}
        fontSize={LABEL_SIZE}
        fill={CHART_INK}
      >
        {worksAxis}
      </text>
      <text
        x={CHART_WIDTH / 2}
        y={noteY}
        textAnchor="middle"
        fontFamily={CHART_FONT}
        fontSize={LABEL_SIZE}
        fill={CHART_INK}
      >
        {note}
      </text>
    </svg>
  );
}
