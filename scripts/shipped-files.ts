import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '': 'text/plain; charset=utf-8', // LICENSE, copyright
};

/**
 * Ships files from packages or the repository inside the app, at fixed paths beside index.html, so that what the
 * app fetches at run time (pdf.js's resources, spelling dictionaries) comes from the app itself and never from
 * the internet, and the licences travel with what they cover: emitted into the build (web and Electron alike,
 * which share the renderer's config) and served from their sources by the dev server.
 *
 * `files` maps each path in the app (`pdfjs/cmaps/…`) to the file it is read from.
 */
export function shippedFiles(name: string, files: ReadonlyMap<string, string>): Plugin {
  return {
    name,
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const source = files.get(request.url?.split('?')[0]?.slice(1) ?? '');
        if (!source) return next();
        response.setHeader('Content-Type', CONTENT_TYPES[path.extname(source)] ?? 'application/octet-stream');
        response.end(readFileSync(source));
      });
    },
    generateBundle() {
      for (const [fileName, source] of files) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(source) });
      }
    },
  };
}
