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
export const TITLE_SIZE = 34;
export const LABEL_SIZE = 26;
export const VALUE_SIZE = 30;

/** A label cut to what fits a line of the chart; the table beside it has the whole text. */
export function fitLabel(text: string, characters = 78): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= characters ? flat : `${flat.slice(0, characters - 1).trimEnd()}…`;
}
