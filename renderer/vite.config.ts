import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/main/content-security-policy.ts';

/** The fixed address of `npm run start:web`: IndexedDB data belongs to an origin, so it must never change. */
export const WEB_HOST = '127.0.0.1';
export const WEB_PORT = 4317;

const root = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The renderer as a plain web app (start:web, end-to-end tests). Electron builds it through electron.vite.config.ts. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    // A desktop app loads its bundle from disk, not over a network: one larger chunk costs nothing.
    chunkSizeWarningLimit: 2000,
  },
  preview: {
    host: WEB_HOST,
    port: WEB_PORT,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
