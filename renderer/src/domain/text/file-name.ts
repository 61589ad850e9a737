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

/**
 * `name`, or when a file of that name is already in `taken` (compared without case, as Windows and macOS do),
 * `name (2)`, `name (3)`… before the extension. Adds the name returned to `taken`.
 */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let count = 2; taken.has(candidate.toLowerCase()); count++) {
    candidate = `${stem} (${count})${extension}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
