import { MAX_FILE_BYTES, type FileFilter, type OpenFileRequest, type SaveFileRequest } from '../ipc/contract';

/**
 * Runtime checks for every IPC request. TypeScript types vanish at the process boundary and the renderer
 * is treated as untrusted, so each request is checked field by field and rebuilt from the checked fields
 * only; an unexpected key is an error too, because it means renderer and contract have drifted apart.
 * Errors name the field so a failing call is easy to trace back.
 */

export const MAX_TITLE_LENGTH = 200;
/** Most file systems cap a name at 255 bytes; the save handler sanitises it further. */
export const MAX_FILE_NAME_LENGTH = 255;
export const MAX_FILTERS = 16;
export const MAX_FILTER_NAME_LENGTH = 100;
export const MAX_EXTENSIONS_PER_FILTER = 16;
/** Plain alphanumerics only: no dots, wildcards or separators reach the OS dialog. */
const EXTENSION_PATTERN = /^[a-z0-9]{1,16}$/i;

type PlainObject = Record<string, unknown>;

function requirePlainObject(value: unknown, field: string, allowedKeys: readonly string[]): PlainObject {
  const prototype: unknown =
    typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new Error(`Invalid IPC request: ${field} must be a plain object`);
  }
  const record = value as PlainObject;
  const unexpectedKey = Object.keys(record).find((key) => !allowedKeys.includes(key));
  if (unexpectedKey !== undefined) {
    throw new Error(`Invalid IPC request: ${field}.${unexpectedKey} is not an accepted field`);
  }
  return record;
}

function requireString(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new Error(`Invalid IPC request: ${field} must be a string of 1 to ${maxLength} characters`);
  }
  return value;
}

function requireArray(value: unknown, field: string, maxLength: number): unknown[] {
  if (!Array.isArray(value) || value.length > maxLength) {
    throw new Error(`Invalid IPC request: ${field} must be an array of at most ${maxLength} items`);
  }
  return value;
}

function requireExtension(value: unknown, field: string): string {
  if (typeof value !== 'string' || !EXTENSION_PATTERN.test(value)) {
    throw new Error(`Invalid IPC request: ${field} must be 1 to 16 letters or digits, without a dot`);
  }
  return value;
}

function requireFilters(value: unknown, field: string): FileFilter[] {
  return requireArray(value, field, MAX_FILTERS).map((item, index) => {
    const filterField = `${field}[${index}]`;
    const filter = requirePlainObject(item, filterField, ['name', 'extensions']);
    const extensionsField = `${filterField}.extensions`;
    return {
      name: requireString(filter.name, `${filterField}.name`, MAX_FILTER_NAME_LENGTH),
      extensions: requireArray(filter.extensions, extensionsField, MAX_EXTENSIONS_PER_FILTER).map(
        (extension, extensionIndex) => requireExtension(extension, `${extensionsField}[${extensionIndex}]`),
      ),
    };
  });
}

function requireBytes(value: unknown, field: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.byteLength > MAX_FILE_BYTES) {
    throw new Error(`Invalid IPC request: ${field} must be a Uint8Array of at most ${MAX_FILE_BYTES} bytes`);
  }
  return value;
}

export function validateOpenFileRequest(input: unknown): OpenFileRequest {
  const request = requirePlainObject(input, 'request', ['title', 'filters']);
  return {
    title: requireString(request.title, 'title', MAX_TITLE_LENGTH),
    filters: requireFilters(request.filters, 'filters'),
  };
}

export function validateSaveFileRequest(input: unknown): SaveFileRequest {
  const request = requirePlainObject(input, 'request', ['title', 'suggestedName', 'filters', 'bytes']);
  return {
    title: requireString(request.title, 'title', MAX_TITLE_LENGTH),
    suggestedName: requireString(request.suggestedName, 'suggestedName', MAX_FILE_NAME_LENGTH),
    filters: requireFilters(request.filters, 'filters'),
    bytes: requireBytes(request.bytes, 'bytes'),
  };
}

/** `app:info` takes no argument; anything sent along is a caller bug. */
export function validateAppInfoRequest(input: unknown): undefined {
  if (input !== undefined) {
    throw new Error('Invalid IPC request: app:info takes no request');
  }
  return undefined;
}
