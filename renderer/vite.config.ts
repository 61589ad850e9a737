import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/main/content-security-policy.ts';
import { bundledPacks } from '../scripts/pack/vite-plugin-bundled-packs.ts';
import { shippedFiles } from '../scripts/shipped-files.ts';
import { spellcheckDictionaries } from '../scripts/spellcheck-dictionaries.ts';

/** The fixed address of `npm run start:web`: IndexedDB data belongs to an origin, so it must never change. */
export const WEB_HOST = '127.0.0.1';
export const WEB_PORT = 4317;

const root = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * What pdf.js fetches while it reads a PDF, from the pdfjs-dist package: character maps (for CJK and other
 * CMap-encoded text), the standard 14 fonts (for PDFs that use them without embedding them), and the
 * JavaScript builds of its JBIG2 and JPEG 2000 decoders (for scans; the WebAssembly builds are left out, the
 * reader runs pdf.js with `useWasm: false`), with their licences. See reader/pdf-library.ts.
 */
const PDFJS_RESOURCES: { folder: string; include: (name: string) => boolean }[] = [
  { folder: 'cmaps', include: () => true },
  { folder: 'standard_fonts', include: () => true },
  {
    folder: 'wasm',
    include: (name) =>
      name.endsWith('_nowasm_fallback.js') || /^LICENSE_(?:PDFJS_)?(?:JBIG2|OPENJPEG)$/.test(name),
  },
];

/**
 * Ships pdf.js's resources inside the app, at `pdfjs/<folder>/<file>` beside index.html, so PDFs open offline
 * and nothing is fetched from a CDN.
 */
export function pdfjsResources(): Plugin {
  const packageRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const files = new Map(
    PDFJS_RESOURCES.flatMap(({ folder, include }) =>
      readdirSync(path.join(packageRoot, folder))
        .filter(include)
        .map((name): [string, string] => [`pdfjs/${folder}/${name}`, path.join(packageRoot, folder, name)]),
    ),
  );
  return shippedFiles('casedraft-pdfjs-resources', files);
}

/** The licence of the bundled serif (SIL Open Font License), which must travel with the font files. */
export function fontLicences(): Plugin {
  const fontRoot = path.dirname(createRequire(import.meta.url).resolve('@fontsource/pt-serif/package.json'));
  return shippedFiles(
    'casedraft-font-licences',
    new Map([['fonts/PT-Serif-LICENSE.txt', path.join(fontRoot, 'LICENSE')]]),
  );
}

/** The renderer as a plain web app (start:web, end-to-end tests). Electron builds it through electron.vite.config.ts. */
export default defineConfig({
  root,
  base: './',
  // The exercises/ folders, compiled into packs installed at first start (`virtual:bundled-packs`).
  plugins: [
    react(),
    bundledPacks({ exercisesDir: fileURLToPath(new URL('../exercises', import.meta.url)) }),
    pdfjsResources(),
    spellcheckDictionaries(),
    fontLicences(),
  ],
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
