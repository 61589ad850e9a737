import type { z } from 'zod';
import type { IpcMethod } from '../ipc/channels';
import { ipcContract, type IpcRequest } from '../ipc/contract';

/**
 * Parses an IPC request with its channel's schema. TypeScript types vanish at the process boundary and the
 * renderer is treated as untrusted, so every request is parsed, and the handler receives the parsed copy,
 * never the object the renderer sent. A refused request throws an error naming the field, so a failing call
 * is easy to trace back; the renderer sees it as a rejected `window.api` promise.
 */
export function parseIpcRequest<M extends IpcMethod>(method: M, input: unknown): IpcRequest<M> {
  const schema: z.ZodType = ipcContract[method].request;
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`Invalid IPC request: ${describeIssue(result.error.issues[0])}`);
  // The channel's own schema produced it; TypeScript cannot follow a generic channel through the union of schemas.
  return result.data as IpcRequest<M>;
}

/** `['filters', 0, 'name']` → `request.filters[0].name`. */
function fieldName(path: readonly PropertyKey[]): string {
  return `request${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'request was refused';
  if (issue.code === 'unrecognized_keys') {
    return `${fieldName([...issue.path, issue.keys[0] ?? ''])} is not an accepted field`;
  }
  return `${fieldName(issue.path)}: ${issue.message}`;
}
