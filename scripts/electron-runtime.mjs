// Electron's runtime (its binary) for `npm start` and `npm run dev`. Electron 45's package has no install script:
// the binary is fetched only when something `require`s the package, and electron-vite reads
// node_modules/electron/path.txt without fetching, so on a fresh machine the desktop app would build and then stop
// with "Electron uninstall". We run the package's own installer (its `install-electron` bin) first, with its output
// kept back, and turn a failure into one plain sentence. Plain JavaScript, so starting needs no build step.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** How much of the installer's output is kept to find the reason of a failure. */
const OUTPUT_LIMIT = 64 * 1024;
/** The reason quoted in the message is the first line of the installer's error, at most this long. */
const REASON_LIMIT = 120;

/** Whether the runtime has not been fetched yet (Electron's installer writes path.txt last). */
export function electronRuntimeMissing(electronDir) {
  return !existsSync(path.join(electronDir, 'path.txt'));
}

/**
 * Runs Electron's own installer in `electronDir`: it returns at once when the runtime is there, and downloads,
 * checks and unpacks it otherwise. Resolves with `{ ok: true }` or `{ ok: false, reason }`; never rejects.
 */
export function installElectronRuntime(electronDir, env = process.env) {
  return new Promise((resolve) => {
    const installer = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      if (output.length < OUTPUT_LIMIT) output += String(chunk);
    };
    installer.stdout.on('data', keep);
    installer.stderr.on('data', keep);
    installer.on('error', (error) => resolve({ ok: false, reason: error.message }));
    installer.on('close', (code) =>
      resolve(code === 0 ? { ok: true } : { ok: false, reason: firstLine(output) || `exit code ${code}` }),
    );
  });
}

/** What Node says when the download server cannot be reached at all (no network, no DNS, refused, timed out). */
const NO_CONNECTION = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/;

/** The one line `npm start` prints when the runtime cannot be had, naming the way that needs no download. */
export function downloadFailedMessage(reason) {
  const why = NO_CONNECTION.test(reason) ? 'no connection to its download server' : reason;
  return `CaseDraft could not download the Electron runtime (${why}). Without internet, run CaseDraft in a browser instead: npm run start:web`;
}

function firstLine(text) {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > REASON_LIMIT ? `${trimmed.slice(0, REASON_LIMIT - 1)}…` : trimmed;
}
