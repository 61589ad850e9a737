/**
 * Where the margin's comments go: each as near its passage as it can be, none over another. `wanted` are the tops
 * of the passages (in the order of the act), `heights` the comments' heights; a comment whose passage is above the
 * previous comment's end goes just below that comment instead.
 */
export function stackMarginItems(
  wanted: readonly number[],
  heights: readonly number[],
  gap: number,
): number[] {
  const tops: number[] = [];
  let bottom = -Infinity;
  wanted.forEach((top, index) => {
    const placed = Math.max(top, bottom + gap);
    tops.push(placed);
    bottom = placed + (heights[index] ?? 0);
  });
  return tops;
}
