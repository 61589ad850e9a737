/** Debian's Chromium (`apt-get install chromium`); Playwright's own browser download does not work offline. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for headless runs here and in CI (shared/reference/build-environment.md): without the last three,
 * Chromium keeps trying to reach Google's hosts, which these machines cannot.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
