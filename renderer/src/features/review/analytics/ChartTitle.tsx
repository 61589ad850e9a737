import { CHART_FONT, CHART_INK, TITLE_SIZE, titleBaseline, titleLines } from './chart-style';

/** The chart's title, drawn in it so that the saved image says what it shows (the charts start below it). */
export function ChartTitle({ title, width }: { title: string; width: number }) {
  return (
    <text
      textAnchor="middle"
      fontFamily={CHART_FONT}
      fontSize={TITLE_SIZE}
      fontWeight="bold"
      fill={CHART_INK}
    >
      {titleLines(title).map((line, index) => (
        <tspan key={index} x={width / 2} y={titleBaseline(index)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
