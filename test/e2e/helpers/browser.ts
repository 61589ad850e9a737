import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../chromium';

export interface RunningBrowser {
  context: BrowserContext;
  page: Page;
  profile: string;
}

export async function newProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'casedraft-e2e-'));
}

export async function removeProfile(profile: string): Promise<void> {
  // A killed browser's helper processes may still be writing their cache for a moment: retry rather than fail.
  await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

/** Starts Chromium on a user profile (a fresh one, or one a previous run used) and opens the app. */
export async function launchApp(
  baseUrl: string,
  profile: string,
  locale = 'ru-RU',
  /** Prepares the browser (an init script, say) before the app's page first loads. */
  beforeStart?: (context: BrowserContext) => Promise<void>,
): Promise<RunningBrowser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  await beforeStart?.(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseUrl);
  return { context, page, profile };
}

/**
 * Kills the browser the hard way, as a crash or a power cut would: SIGKILL to the main Chromium process of
 * this profile, so no unload handler, no flush, nothing gets to run.
 */
export async function killBrowser(running: RunningBrowser): Promise<void> {
  await (
    await browserKiller(running)
  )();
}

/**
 * Finds the browser's process now and returns the kill, so that a test killing at a chosen moment (a save under
 * way) loses no time looking for it then.
 */
export async function browserKiller(running: RunningBrowser): Promise<() => Promise<void>> {
  const pids = await chromiumPids(running.profile);
  if (pids.length === 0) throw new Error('No Chromium process found for the profile');
  return async () => {
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    await running.context.close().catch(() => undefined);
  };
}

/** The browser process (not its renderers or helpers) started with this profile. */
async function chromiumPids(profile: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    if (args.some((arg) => arg.includes(profile)) && !args.some((arg) => arg.startsWith('--type=')))
      pids.push(Number(entry));
  }
  return pids;
}

/**
 * For a test file: `launch()` starts the app (on a fresh profile unless one is given) and, after each test,
 * the browser is closed and its profiles deleted, whether the test passed or not.
 */
export function appLauncher() {
  const baseUrl = inject('baseUrl');
  const launched: RunningBrowser[] = [];
  afterEach(async () => {
    for (const running of launched.splice(0)) {
      await running.context.close().catch(() => undefined);
      await removeProfile(running.profile);
    }
  });
  return {
    baseUrl,
    async launch(
      options: {
        profile?: string;
        locale?: string;
        beforeStart?: (context: BrowserContext) => Promise<void>;
      } = {},
    ): Promise<RunningBrowser> {
      const running = await launchApp(
        baseUrl,
        options.profile ?? (await newProfile()),
        options.locale,
        options.beforeStart,
      );
      launched.push(running);
      return running;
    },
  };
}
