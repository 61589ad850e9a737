/** A file's size for people: kilobytes below a megabyte, megabytes with one decimal above, in the locale's words. */
export function formatFileSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(Math.max(megabytes ? bytes / 1_000_000 : bytes / 1000, megabytes ? 0 : 1));
}
