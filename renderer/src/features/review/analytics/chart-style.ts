/**
 * How every chart of the cohort is drawn, for a projector at the back of a room: type of 26 px and more at the
 * chart's full width of 1,200, black on white, bars in a dark blue (contrast 11:1 on white). Colour never carries
 * a figure alone: every bar has its number written beside it. Kept in attributes, not in a stylesheet, so the
 * image saved (chart-image.ts) is the chart on screen.
 *
 * Hand-drawn SVG rather than a charting library: the charts are bars and nothing else, each must carry its type
 * and colours inline to be saved as an image, and no charting library is among the app's packages (adding one is
 * the lead's call; none would draw fewer lines than these two small components).
 */
export const CHART_WIDTH = 1200;
export const CHART_FONT = "'PT Sans', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
export const CHART_INK = '#000000';
export const CHART_BAR = '#1f3b73';
export const CHART_RULE = '#595959';
export const CHART_BACKGROUND = '#ffffff';
export const TITLE_SIZE = 32;
/** What a line of the title holds at TITLE_SIZE in bold, and the room a title line takes. */
const TITLE_LINE_CHARACTERS = 50;
const TITLE_LINE_HEIGHT = TITLE_SIZE + 10;
export const LABEL_SIZE = 26;
export const VALUE_SIZE = 30;

/** A label cut to what fits a line of the chart; the table beside it has the whole text. */
export function fitLabel(text: string, characters = 64): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= characters ? flat : `${flat.slice(0, characters - 1).trimEnd()}…`;
}

/** A chart's title in at most two lines (a criterion's title is long), the second cut if it must be. */
export function titleLines(title: string): string[] {
  const words = title.replace(/\s+/g, ' ').trim().split(' ');
  let taken = 0;
  while (taken < words.length && words.slice(0, taken + 1).join(' ').length <= TITLE_LINE_CHARACTERS)
    taken += 1;
  if (taken === 0) return [fitLabel(title, TITLE_LINE_CHARACTERS)];
  const rest = words.slice(taken).join(' ');
  return rest === ''
    ? [words.slice(0, taken).join(' ')]
    : [words.slice(0, taken).join(' '), fitLabel(rest, TITLE_LINE_CHARACTERS)];
}

/** Where a chart's drawing starts below its title. */
export function belowTitle(title: string): number {
  return titleLines(title).length * TITLE_LINE_HEIGHT + 24;
}

export function titleBaseline(line: number): number {
  return TITLE_SIZE + 8 + line * TITLE_LINE_HEIGHT;
}
