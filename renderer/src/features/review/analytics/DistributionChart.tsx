import type { ScoreDistribution } from '../../../domain/review/cohort-analytics';
import {
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

const HEIGHT = 600;
const PLOT = { left: 70, right: 30, top: 110, bottom: 130 };

/**
 * The spread of one criterion's scores (or of the totals) as upright bars, one per bin of scores, each with its
 * number of works written above it and its scores below. For the screen and the saved image alike (aria-hidden:
 * the table beside it is what a screen reader reads).
 */
export function DistributionChart({
  distribution,
  title,
  binLabel,
  scoreAxis,
  worksAxis,
  note,
}: {
  distribution: ScoreDistribution;
  title: string;
  binLabel: (from: number, to: number) => string;
  scoreAxis: string;
  worksAxis: string;
  /** A line under the chart: the average and the median. */
  note: string;
}) {
  const { bins } = distribution;
  const plotWidth = CHART_WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const baseline = PLOT.top + plotHeight;
  const slot = plotWidth / Math.max(bins.length, 1);
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  // Eleven bins of "90–99,5" fit in their slots only in a smaller type; fewer bins keep the full size.
  const binSize = slot < 100 ? LABEL_SIZE - 4 : LABEL_SIZE;
  return (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${HEIGHT}`} className="analytics-chart__svg" aria-hidden="true">
      <rect width={CHART_WIDTH} height={HEIGHT} fill={CHART_BACKGROUND} />
      <ChartTitle title={title} width={CHART_WIDTH} />
      {bins.map((bin, index) => {
        const height = (bin.count / most) * (plotHeight - VALUE_SIZE - 10);
        const x = PLOT.left + index * slot;
        const middle = x + slot / 2;
        return (
          <g key={bin.from}>
            <rect
              x={x + slot * 0.12}
              y={baseline - height}
              width={slot * 0.76}
              height={height}
              fill={CHART_BAR}
            />
            <text
              x={middle}
              y={baseline - height - 10}
              textAnchor="middle"
              fontFamily={CHART_FONT}
              fontSize={VALUE_SIZE}
              fontWeight="bold"
              fill={CHART_INK}
            >
              {bin.count}
            </text>
            <text
              x={middle}
              y={baseline + binSize + 8}
              textAnchor="middle"
              fontFamily={CHART_FONT}
              fontSize={binSize}
              fill={CHART_INK}
            >
              {binLabel(bin.from, bin.to)}
            </text>
          </g>
        );
      })}
      <line
        x1={PLOT.left}
        x2={CHART_WIDTH - PLOT.right}
        y1={baseline}
        y2={baseline}
        stroke={CHART_RULE}
        strokeWidth={3}
      />
      <text
        x={PLOT.left + plotWidth / 2}
        y={baseline + 2 * LABEL_SIZE + 20}
        textAnchor="middle"
        fontFamily={CHART_FONT}
        fontSize={LABEL_SIZE}
        fill={CHART_INK}
      >
        {scoreAxis}
      </text>
      <text
        transform={`translate(${PLOT.left - 24} ${PLOT.top + plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
        fontFamily={CHART_FONT}
        fontSize={LABEL_SIZE}
        fill={CHART_INK}
      >
        {worksAxis}
      </text>
      <text
        x={CHART_WIDTH / 2}
        y={HEIGHT - 20}
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
