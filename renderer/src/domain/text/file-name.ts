/**
 * A person's name (or any label) as part of a file name safe on every file system: characters Windows, macOS or
 * Linux refuse taken out, words joined by hyphens, at most 80 characters. Empty when nothing usable is left.
 */
export function fileNamePart(label: string): string {
  return label
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
}
