import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type RendererViteConfig } from 'electron-vite';
import webRendererConfig from './renderer/vite.config';

const fromRoot = (relativePath: string): string => fileURLToPath(new URL(relativePath, import.meta.url));

/**
 * The desktop build. The renderer extends the web build's config (plugins, base, target…) so both ship
 * the same renderer; only where it is written differs. Main and preload bundle their dependencies too
 * (`externalizeDeps: false`): the package ships without node_modules (see electron-builder.yml), and a
 * sandboxed preload cannot require them anyway.
 */
export default defineConfig({
  main: {
    build: {
      lib: { entry: fromRoot('electron/main/index.ts') },
      outDir: fromRoot('out/main'),
      externalizeDeps: false,
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot be ES modules, and with "type": "module" a CommonJS file must end in .cjs.
      lib: { entry: fromRoot('electron/preload/index.ts'), formats: ['cjs'] },
      outDir: fromRoot('out/preload'),
      externalizeDeps: false,
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: mergeConfig<RendererViteConfig, RendererViteConfig>(webRendererConfig, {
    root: fromRoot('renderer'),
    build: {
      outDir: fromRoot('out/renderer'),
      rolldownOptions: { input: fromRoot('renderer/index.html') },
    },
  }),
});
