/**
 * The IPC contract: for every channel of ./channels.ts, the schema of its request and of its response.
 * Everything else follows from here: the main process parses every request with its schema
 * (../main/ipc-validation.ts), and the types of `window.api` (PreloadApi), of the handlers and of the
 * renderer's Platform are inferred from the schemas. The renderer imports this file type-only, so the
 * IPC schemas never reach its bundle; the response schemas are used for their types only, since the
 * main process, which produces responses, is trusted.
 */
import { z } from 'zod';
import type { IpcMethod } from './channels';
import {
  MAX_EXTENSIONS_PER_FILTER,
  MAX_FILE_BYTES,
  MAX_FILE_NAME_LENGTH,
  MAX_FILTER_NAME_LENGTH,
  MAX_FILTERS,
  MAX_TITLE_LENGTH,
} from './limits';

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * An object with exactly the given fields. The renderer is untrusted: anything but a plain object (a Map,
 * an array) is refused, and so is an unexpected key, because it means renderer and contract have drifted
 * apart. The parsed value is rebuilt from the known fields only.
 */
function plainObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.custom<object>(isPlainObject, 'must be a plain object').pipe(z.strictObject(shape));
}

const text = (maxLength: number) => z.string().min(1).max(maxLength);

// Not z.instanceof: it would type the bytes as Uint8Array<ArrayBuffer>, while Node's Buffer and Electron hand
// over Uint8Array<ArrayBufferLike>.
const bytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be a Uint8Array')
  .refine((value) => value.byteLength <= MAX_FILE_BYTES, `must be at most ${MAX_FILE_BYTES} bytes`);

/** A file-type filter for open and save dialogs, as Electron's dialog takes it. */
const fileFilter = plainObject({
  /** Shown to the user, already translated by the renderer. */
  name: text(MAX_FILTER_NAME_LENGTH),
  /** Extensions without the dot, e.g. `cdpack`: plain alphanumerics, so no wildcard or separator reaches the OS dialog. */
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,16}$/i, 'must be 1 to 16 letters or digits, without a dot'))
    .max(MAX_EXTENSIONS_PER_FILTER),
});
const fileFilters = z.array(fileFilter).max(MAX_FILTERS);

/** A file the user picked: its base name, never a path (the renderer has no business with the disk layout). */
const openedFile = z.object({ name: z.string(), bytes });

/** One entry per channel of IPC_CHANNELS, no more and no less. */
export const ipcContract = {
  openFile: {
    request: plainObject({ title: text(MAX_TITLE_LENGTH), filters: fileFilters }),
    response: openedFile.nullable(),
  },
  saveFile: {
    request: plainObject({
      title: text(MAX_TITLE_LENGTH),
      /** A base name such as `Иванов-civil-loan.cdsub`; the main process strips any directory part. */
      suggestedName: text(MAX_FILE_NAME_LENGTH),
      filters: fileFilters,
      bytes,
    }),
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), name: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  chooseFolder: {
    request: plainObject({ title: text(MAX_TITLE_LENGTH) }),
    /**
     * `folder` is an opaque token for writeToFolder, never the path (the renderer has no business with the disk
     * layout); `name` is the folder's own name, to tell the user where the files went.
     */
    response: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), folder: z.string(), name: z.string() }),
      z.object({ chosen: z.literal(false) }),
    ]),
  },
  writeToFolder: {
    request: plainObject({
      /** A token chooseFolder gave in this run of the app. */
      folder: z.uuid(),
      /** A base name; the main process strips any directory part, and never replaces a file already there. */
      name: text(MAX_FILE_NAME_LENGTH),
      bytes,
    }),
    /** The name the file was written under: `name`, or `name (2)`… when a file of that name was there. */
    response: z.object({ name: z.string() }),
  },
  appInfo: {
    request: z.undefined({ error: 'app:info takes no request' }),
    response: z.object({
      name: z.string(),
      version: z.string(),
      /** The operating system's preferred locale, e.g. `kk-KZ`. */
      locale: z.string(),
      platform: z.string(),
    }),
  },
} satisfies { [M in IpcMethod]: { request: z.ZodType; response: z.ZodType } };

export type IpcRequest<M extends IpcMethod> = z.infer<(typeof ipcContract)[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.infer<(typeof ipcContract)[M]['response']>;

/** What the preload exposes as `window.api`: one function per channel; a channel without a request takes no argument. */
export type PreloadApi = {
  [M in IpcMethod]: IpcRequest<M> extends undefined
    ? () => Promise<IpcResponse<M>>
    : (request: IpcRequest<M>) => Promise<IpcResponse<M>>;
};

export type FileFilter = z.infer<typeof fileFilter>;
export type OpenFileRequest = IpcRequest<'openFile'>;
export type OpenedFile = z.infer<typeof openedFile>;
export type SaveFileRequest = IpcRequest<'saveFile'>;
export type SaveFileResult = IpcResponse<'saveFile'>;
export type ChooseFolderResult = IpcResponse<'chooseFolder'>;
export type WriteToFolderRequest = IpcRequest<'writeToFolder'>;
export type WriteToFolderResult = IpcResponse<'writeToFolder'>;
export type AppInfo = IpcResponse<'appInfo'>;
