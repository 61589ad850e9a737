/**
 * The accessible name of a button that shows a short text (“1.”, “§1.”, “Абв”) but is named by a longer label: the
 * visible text first, then the label, so that a person using speech input can say what they see (WCAG 2.5.3, label
 * in name). A label that already says the visible text (“XML” in “Export as Akoma Ntoso XML”) is the name as it is.
 * A bare symbol (“•”, “↶”, “×”) is not a label anyone reads out, so its button keeps the label alone.
 */
export function nameWithVisibleText(visibleText: string, label: string): string {
  if (!/[\p{L}\p{N}]/u.test(visibleText)) return label;
  return label.toLocaleLowerCase().includes(visibleText.toLocaleLowerCase())
    ? label
    : `${visibleText} ${label}`;
}
