/** Types for electron-runtime.mjs, which stays plain JavaScript so `npm start` needs no build step. */

export type InstallResult = { ok: true } | { ok: false; reason: string };

export function electronRuntimeMissing(electronDir: string): boolean;
export function installElectronRuntime(electronDir: string, env?: NodeJS.ProcessEnv): Promise<InstallResult>;
export function downloadFailedMessage(reason: string): string;
