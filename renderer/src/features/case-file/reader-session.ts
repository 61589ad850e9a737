/**
 * What the reader remembers while the app runs: the document last open in each case, and how far down each
 * document was read, so leaving a case (or switching documents) and coming back finds the page where it was.
 * Kept in memory only: a new session starts at the task.
 */
const openDocuments = new Map<string, string>();
/** Where the middle of the view was, as a share of the content's width and height: it survives a zoom. */
const scrollPositions = new Map<string, { x: number; y: number }>();

export function rememberedDocument(caseKey: string): string | undefined {
  return openDocuments.get(caseKey);
}

export function rememberDocument(caseKey: string, documentId: string): void {
  openDocuments.set(caseKey, documentId);
}

export function rememberedScroll(key: string): { x: number; y: number } | undefined {
  return scrollPositions.get(key);
}

export function rememberScroll(key: string, centre: { x: number; y: number }): void {
  scrollPositions.set(key, centre);
}
