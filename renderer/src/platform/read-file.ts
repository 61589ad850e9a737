import type { OpenedFile } from './platform';

export async function readFileBytes(file: File): Promise<OpenedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
