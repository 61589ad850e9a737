/// <reference types="vite/client" />

/** The app's version from package.json, replaced at build time. */
declare const __APP_VERSION__: string;

/** The packs under exercises/, built into the app (scripts/pack/vite-plugin-bundled-packs.ts). Never keys. */
declare module 'virtual:bundled-packs' {
  const packs: readonly { id: string; version: number; url: string }[];
  export default packs;
}
