import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Benchmark pages for `npm run bench` (test/bench/run.ts): plain pages importing domain, storage and editor code
 * (and the app's stylesheet), one with the trainer's queue (a React component alone, no app around it), and the
 * page that seeds the app's drafts for the app typing benchmark (which runs the real app, built by
 * renderer/vite.config.ts). The runner builds them into a temporary folder and serves them on a free loopback port.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'chrome130',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        'pack-import': fileURLToPath(new URL('pack-import/index.html', import.meta.url)),
        'cohort-import': fileURLToPath(new URL('cohort-import/index.html', import.meta.url)),
        review: fileURLToPath(new URL('review/index.html', import.meta.url)),
        editor: fileURLToPath(new URL('editor/index.html', import.meta.url)),
        'app-typing': fileURLToPath(new URL('app-typing/index.html', import.meta.url)),
        'review-next': fileURLToPath(new URL('review-next/index.html', import.meta.url)),
        analytics: fileURLToPath(new URL('analytics/index.html', import.meta.url)),
        'feedback-export': fileURLToPath(new URL('feedback-export/index.html', import.meta.url)),
        'review-merge': fileURLToPath(new URL('review-merge/index.html', import.meta.url)),
        'sealed-submission': fileURLToPath(new URL('sealed-submission/index.html', import.meta.url)),
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 0,
    strictPort: false,
    // Cross-origin isolation: performance.now() then has 5 µs resolution instead of 100 µs.
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  },
});
