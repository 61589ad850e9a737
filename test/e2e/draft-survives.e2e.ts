import { describe, expect, it } from 'vitest';
import { CIVIL_DECISION_PARTS, openBundledCase, partText, typeInPart } from './helpers/app';
import { appLauncher, browserKiller, killBrowser } from './helpers/browser';
import { slowDraftWrites } from './helpers/disk';

const app = appLauncher();
const typed = [
  'Казыбекбийский районный суд',
  'Истец просит взыскать долг',
  'Суд установил',
  'Иск удовлетворить частично',
  'Судья Абенова Д.К.',
];

describe('a trainee’s draft', () => {
  it('is all there after a reload, in every part of the act', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    for (const [index, text] of typed.entries()) await typeInPart(page, index, ` ${text}`);
    await page.reload();
    await page.locator('.act-editor').waitFor();
    for (const [index, part] of CIVIL_DECISION_PARTS.entries()) {
      expect(await partText(page, part)).toContain(typed[index]);
    }
    await page.goto(app.baseUrl);
    await expect
      .poll(() => page.locator('.case-list__item .status').first().getAttribute('class'))
      .toContain('status--inProgress');
  });

  it('survives the browser being killed one second after the last keystroke', async () => {
    const first = await app.launch();
    await openBundledCase(first.page);
    for (const [index, text] of typed.entries()) await typeInPart(first.page, index, ` ${text}`);
    await first.page.waitForTimeout(1000);
    await killBrowser(first);

    const { page } = await app.launch({ profile: first.profile });
    await openBundledCase(page);
    for (const [index, part] of CIVIL_DECISION_PARTS.entries()) {
      expect(await partText(page, part)).toContain(typed[index]);
    }
  });

  it('has every key typed more than a second before a crash, though typing never paused', async () => {
    const first = await app.launch();
    await openBundledCase(first.page);
    await typeInPart(first.page, 2, ' ');
    // A slow disk (each save takes ~300 ms) makes the moment of the crash that loses most a wide one: while a save
    // is under way, the oldest key it holds has waited for it since the save before.
    await slowDraftWrites(first.page, 300);
    // The first saves show the app how long saving takes; the crash comes once it has seen that.
    let saveStarts = 0;
    let crashNow: () => void = () => undefined;
    const crashMoment = new Promise<void>((resolve) => (crashNow = resolve));
    await first.page.exposeFunction('saveStarted', () => ++saveStarts === 4 && crashNow());
    await first.page.evaluate(() => {
      const report = (window as unknown as { saveStarted: () => void }).saveStarted;
      let state: string | undefined;
      new MutationObserver(() => {
        const now = document.querySelector<HTMLElement>('[data-save-state]')?.dataset.saveState;
        if (now === 'saving' && state !== 'saving') report();
        state = now;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const kill = await browserKiller(first);

    const text = 'Суд, исследовав материалы дела и выслушав стороны, установил следующее. '.repeat(20);
    const typedAt: number[] = [];
    let typing = true;
    const typist = (async () => {
      for (const char of text) {
        if (!typing) return;
        await first.page.keyboard.type(char);
        typedAt.push(Date.now());
      }
    })().catch(() => undefined); // the crash cuts the last keystroke off
    await crashMoment;
    const crashAt = Date.now();
    await kill();
    typing = false;
    await typist;
    const older = typedAt.filter((at) => crashAt - at > 1000).length;
    expect(older).toBeGreaterThan(0);
    expect(older).toBeLessThan(text.length); // typing went on until the crash

    const { page } = await app.launch({ profile: first.profile });
    await openBundledCase(page);
    expect(await partText(page, 'reasoning')).toContain(text.slice(0, older));
  });
});
