import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built web app (dist/web, built by `npm run test:e2e` beforehand) on a free loopback port,
 * with the same headers, CSP included, as `npm run start:web`.
 */
export default async function setup(project: TestProject) {
  const configFile = new URL('../../renderer/vite.config.ts', import.meta.url).pathname;
  if (!existsSync(new URL('../../dist/web/index.html', import.meta.url))) {
    throw new Error(
      'dist/web is missing: run the end-to-end tests with `npm run test:e2e`, which builds it first.',
    );
  }
  const server = await preview({ configFile, preview: { port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
