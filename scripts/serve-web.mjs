// `npm run start:web`: builds the renderer and serves it on a fixed local address, for machines where the
// Electron binary cannot be downloaded. The address never changes, because the browser keeps saved drafts
// per origin: a different port would look like an empty library.
import { build, preview } from 'vite';

const configFile = new URL('../renderer/vite.config.ts', import.meta.url).pathname;

await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile });
const url = server.resolvedUrls?.local[0];
console.log(`\nCaseDraft is running at ${url}\nOpen it in Chromium or Chrome. Press Ctrl+C to stop.\n`);
