/**
 * How much rich text (HTML) a pack may make the importer sanitise and store. Each file is sanitised once, but
 * every material naming it stores its own copy, so a small pack naming one large file many times would store
 * it many times over (a 381 KB pack naming one 2 MB file 99 times stored 170 million characters).
 */
export interface RichTextLimits {
  /**
   * One rich-text file, in bytes. Rich text is sanitised on the main thread, which must stay responsive: no case
   * document is anywhere near this long (a long court record is ~100 KB of HTML).
   */
  maxFileBytes: number;
  /** How many materials may name one rich-text file: a document shared by the cases of a pack, not a flood. */
  maxNamings: number;
  /**
   * All the rich text a pack stores, counting a file once for every material naming it: in bytes in the
   * archive before anything is unpacked, and in characters once sanitised (the parser may complete markup).
   */
  maxPackBytes: number;
}

export const PACK_RICH_TEXT_LIMITS: RichTextLimits = {
  maxFileBytes: 2 * 1024 * 1024,
  maxNamings: 20,
  // The ten packs that come with the app hold 0.1–0.3 MB each; a hundred long court records are 10 MB.
  maxPackBytes: 32 * 1024 * 1024,
};
