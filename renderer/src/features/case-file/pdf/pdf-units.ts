/** pdf.js lays pages out in PDF points (1/72 in); at 100 % a page is shown at its real size in CSS pixels (1/96 in). */
export const PDF_TO_CSS = 96 / 72;

/** The most pixels one page's canvas may have: 4096 × 4096, which keeps a page at 400 % within a modest budget. */
const MAX_CANVAS_PIXELS = 4096 * 4096;

/**
 * How many canvas pixels to draw per CSS pixel: the screen's pixel ratio for sharp text, less when the page
 * would otherwise need a canvas larger than the budget (it is then a little soft, never missing).
 */
export function canvasPixelRatio(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const ratio = devicePixelRatio > 0 ? devicePixelRatio : 1;
  const area = cssWidth * cssHeight * ratio * ratio;
  return area <= MAX_CANVAS_PIXELS ? ratio : Math.sqrt(MAX_CANVAS_PIXELS / (cssWidth * cssHeight));
}
