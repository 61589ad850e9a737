/** A score as the interface language writes numbers: 7,5 in Kazakh and Russian, 7.5 in English. */
export function formatPoints(locale: string, points: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(points);
}
