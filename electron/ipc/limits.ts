/**
 * The size limits of what crosses the IPC boundary. Kept free of zod so the renderer can import these values
 * (to refuse an oversized file before reading it) without bundling the contract's schemas.
 */

/** The largest file the open and save channels carry, for case packs with attachments (pack format v2). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 200;
/** Most file systems cap a name at 255 bytes; the save handler sanitises it further. */
export const MAX_FILE_NAME_LENGTH = 255;
export const MAX_FILTERS = 16;
export const MAX_FILTER_NAME_LENGTH = 100;
export const MAX_EXTENSIONS_PER_FILTER = 16;
