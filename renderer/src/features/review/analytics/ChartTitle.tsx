import { CHART_FONT, CHART_INK, fitLabel, TITLE_SIZE } from './chart-style';

/** The chart's title, drawn in it so that the saved image says what it shows (cut to a line; the page has it whole). */
export function ChartTitle({ title, width }: { title: string; width: number }) {
  return (
    <text
      x={width / 2}
      y={TITLE_SIZE + 8}
      textAnchor="middle"
      fontFamily={CHART_FONT}
      fontSize={TITLE_SIZE}
      fontWeight="bold"
      fill={CHART_INK}
    >
      {fitLabel(title, 62)}
    </text>
  );
}
